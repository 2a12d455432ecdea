using Shop.Web.Admin.Team;

namespace Shop.Web.Invitations;

/// <summary>
/// An open invitation's page: its <see cref="Link"/>, the new-account form, and who is signed in in this browser
/// (<see cref="SignedInAs"/>; <see cref="SignedInAsInvitee"/> when that is the invited account, which accepts with a button).
/// </summary>
public sealed record InvitationPage(InvitationLink Link, JoinTeamForm Form, string? SignedInAs, bool SignedInAsInvitee);
