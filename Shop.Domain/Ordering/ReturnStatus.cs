namespace Shop.Domain.Ordering;

/// <summary>
/// Where a return is: Requested ─Approve→ Approved ─Receive→ Received ─Refund→ Refunded; Requested ─Refuse→ Refused.
/// </summary>
public enum ReturnStatus
{
    /// <summary>The shopper asked; staff decide.</summary>
    Requested = 1,
    /// <summary>Staff said yes: the shopper sends the items.</summary>
    Approved = 2,
    Refused = 3,
    /// <summary>The items arrived (and went back on the shelf or not, per line); the money is next.</summary>
    Received = 4,
    Refunded = 5,
}
