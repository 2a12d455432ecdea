using System.Security.Cryptography;
using System.Text;

namespace Shop.Web.Payments.Simulated;

/// <summary>Ids shaped like Braintree's: an 8-character legacy id, and a global id = base64("transaction_" + legacy id).</summary>
internal static class SimulatedIds
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string NewLegacy() => RandomNumberGenerator.GetString(Alphabet, 8);

    public static string Global(string type, string legacyId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{type}_{legacyId}")).TrimEnd('=');
}
