using Shop.Web.Account;

namespace Shop.Web.Admin.Team;

/// <summary>The team page's "Invite" form: who, and as what.</summary>
public sealed class InviteForm
{
    public string Email { get; set; } = "";
    public string Role { get; set; } = Roles.Staff;
}
