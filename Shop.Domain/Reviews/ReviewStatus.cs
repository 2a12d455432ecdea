namespace Shop.Domain.Reviews;

/// <summary>Where a review is in moderation: only approved reviews are shown and counted in a product's rating.</summary>
public enum ReviewStatus
{
    /// <summary>Written or edited by the shopper, waiting for staff.</summary>
    ToModerate = 1,
    Approved = 2,
    Hidden = 3,
}
