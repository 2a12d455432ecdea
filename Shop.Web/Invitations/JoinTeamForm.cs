namespace Shop.Web.Invitations;

/// <summary>A new staff member's account: the invitation's code (from the link, in a hidden field), their name and password.</summary>
public sealed class JoinTeamForm
{
    public string Code { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Password { get; set; } = "";
}
