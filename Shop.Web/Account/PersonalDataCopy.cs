using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;
using Shop.Web.Payments;

namespace Shop.Web.Account;

/// <summary>
/// The copy of their data an account holder downloads from <c>/account/data</c>: the account and its addresses and cards,
/// then every feature's part (<see cref="IPersonalDataPart"/>), as one JSON file. Guest orders with the address are
/// not in it until they join the account (<see cref="GuestAccounts"/>): the address alone proves nothing.
/// </summary>
public sealed class PersonalDataCopy(UserManager<ShopUser> users, AddressBook addresses, SavedCards cards,
    IEnumerable<IPersonalDataPart> parts, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A file to read (Müller, 東京), sent as an attachment of type application/json, never as a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The file's bytes; null when the payment provider cannot list the saved cards just now (no copy is better than half of one).</summary>
    public async Task<byte[]?> MakeAsync(ShopUser user, CancellationToken ct)
    {
        if (await cards.ListAsync(user.Id, ct) is not { } saved) return null;
        var copy = new Dictionary<string, object?>
        {
            ["madeAt"] = clock.GetUtcNow(),
            ["account"] = new
            {
                user.Email, user.EmailConfirmed, user.FullName, user.CreatedAt,
                TwoFactor = await users.GetTwoFactorEnabledAsync(user),
                Roles = await users.GetRolesAsync(user),
            },
            ["addresses"] = (await addresses.ListAsync(user.Id, ct)).Select(a => new
            {
                a.Recipient, a.Company, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country, a.Phone, a.IsDefault,
            }),
            ["savedCards"] = saved.Select(c => new { c.Brand, c.LastFour, c.Expiry }),
        };
        foreach (var part in parts) copy[part.Name] = await part.CopyAsync(user, ct);
        return JsonSerializer.SerializeToUtf8Bytes(copy, Json);
    }
}
