using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Shop.Web.Account;

/// <summary>
/// The code in the mail to the old address after an email change. Not tied to the security stamp (a new password set
/// by whoever changed the email must not kill it); it works for Shop:Accounts:EmailUndoFor and only while the account
/// still has the new address, so it undoes that one change at most once.
/// </summary>
public sealed class EmailUndo(IDataProtectionProvider protection, IOptions<AccountOptions> options)
{
    public sealed record Change(string UserId, string OldEmail, string NewEmail);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Shop.Account.EmailUndo.v1").ToTimeLimitedDataProtector();

    public string Code(Change change) =>
        LinkCodes.Encode(Protector.Protect(JsonSerializer.Serialize(change), options.Value.EmailUndoFor));

    /// <summary>Null when the code is cut, forged or expired.</summary>
    public Change? Read(string? code)
    {
        if (LinkCodes.Decode(code) is not { } text) return null;
        try { return JsonSerializer.Deserialize<Change>(Protector.Unprotect(text)); }
        catch (Exception e) when (e is CryptographicException or JsonException) { return null; }
    }
}
