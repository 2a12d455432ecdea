using Microsoft.Extensions.Options;
using Shop.Web.Shared;

namespace Shop.Web.Account;

/// <summary>
/// The code in the mail to the old address after an email change. Not tied to the security stamp (a new password set
/// by whoever changed the email must not kill it); it works for Shop:Accounts:EmailUndoFor and only while the account
/// still has the new address, so it undoes that one change at most once.
/// </summary>
public sealed class EmailUndo(SealedValues seals, IOptions<AccountOptions> options)
{
    private const string Purpose = "Shop.Account.EmailUndo.v1";

    public sealed record Change(string UserId, string OldEmail, string NewEmail);

    public string Code(Change change) => LinkCodes.Encode(seals.Seal(Purpose, change, options.Value.EmailUndoFor));

    /// <summary>Null when the code is cut, forged or expired.</summary>
    public Change? Read(string? code) => seals.Open<Change>(Purpose, LinkCodes.Decode(code));
}
