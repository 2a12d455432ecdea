using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Shop.Web.Data;

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

    /// <summary>The account and the Identity token a mailed link names; either is null when the link names nobody or was cut.</summary>
    public static async Task<(ShopUser? Account, string? Token)> ReadAsync(UserManager<ShopUser> users, string? userId, string? code) =>
        (string.IsNullOrEmpty(userId) ? null : await users.FindByIdAsync(userId), Decode(code));
}
