namespace Shop.Web.Admin.Team;

/// <summary>/admin/team: the staff and admins, the open invitations, and the invite form (as typed, after a refusal).</summary>
public sealed record TeamPage(IReadOnlyList<TeamMemberRow> Members, IReadOnlyList<InvitationRow> Invitations, InviteForm Invite);
