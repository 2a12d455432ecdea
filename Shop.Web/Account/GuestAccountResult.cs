using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Account;

/// <summary>What became of a guest's "create my account": made, refused by the password rules, or the email has one already.</summary>
public sealed record GuestAccountResult(bool IsCreated, bool EmailTaken, IdentityResult? Errors)
{
    public static GuestAccountResult Created { get; } = new(true, false, null);
    public static GuestAccountResult AlreadyRegistered { get; } = new(false, true, null);
    public static GuestAccountResult Refused(IdentityResult errors) => new(false, false, errors);
}
