using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Shop.Web.Account;

/// <summary>Identity tokens contain '+', '/' and '='; in a link they travel base64url-encoded.</summary>
public static class LinkCodes
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>Null when the code was cut or tampered with so that it no longer decodes.</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        try { return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code)); }
        catch (FormatException) { return null; }
    }
}
