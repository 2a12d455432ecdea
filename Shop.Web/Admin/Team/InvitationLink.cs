namespace Shop.Web.Admin.Team;

/// <summary>
/// What a mailed link opens: its invitation's state, and while open, the address, the role, who invited and whether
/// the address has an account already (then its owner accepts signed in, else chooses a password).
/// </summary>
public sealed record InvitationLink(InvitationState State, string Email = "", string Role = "", string InvitedBy = "", string? AccountId = null)
{
    public static readonly InvitationLink Unknown = new(InvitationState.Unknown);

    public bool HasAccount => AccountId is not null;
}
