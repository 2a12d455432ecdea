namespace Shop.Web.Admin.Team;

/// <summary>An invitation not yet accepted or withdrawn; an expired one stays listed until withdrawn or sent again.</summary>
public sealed record InvitationRow(Guid Id, string Email, string Role, string InvitedBy, DateTimeOffset ExpiresAt, bool IsExpired);
