namespace Shop.Web.Admin.Team;

/// <summary>Someone with the Staff or Admin role, as the team page lists them.</summary>
public sealed record TeamMemberRow(string Id, string Email, string FullName, bool IsAdmin, bool TwoFactor, bool IsLocked);
