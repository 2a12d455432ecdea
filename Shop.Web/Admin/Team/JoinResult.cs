using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;

namespace Shop.Web.Admin.Team;

/// <summary>
/// How accepting went: <see cref="Account"/> joined the staff; or the link no longer opens (<see cref="State"/>); or the
/// address has an account to sign in with first; or Identity refused the new account (<see cref="Refused"/>).
/// </summary>
public sealed record JoinResult(InvitationState State, ShopUser? Account = null, IdentityResult? Refused = null, bool SignInFirst = false, bool OtherAccount = false)
{
    public bool Joined => Account is not null;

    public static JoinResult Done(ShopUser account) => new(InvitationState.Accepted, account);
    public static JoinResult Closed(InvitationState state) => new(state);
    public static readonly JoinResult HasAccount = new(InvitationState.Open, SignInFirst: true);
    public static readonly JoinResult NotForThisAccount = new(InvitationState.Open, OtherAccount: true);
    public static JoinResult NotCreated(IdentityResult result) => new(InvitationState.Open, Refused: result);
}
