namespace Shop.Web.Admin.Team;

/// <summary>Where an invitation stands; <see cref="Unknown"/>: no invitation has the link's code (cut, or replaced by a newer one).</summary>
public enum InvitationState
{
    Open,
    Accepted,
    Withdrawn,
    Expired,
    Unknown,
}
