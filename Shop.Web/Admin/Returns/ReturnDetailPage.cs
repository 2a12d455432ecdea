using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Returns;

/// <summary>A return with its order and the order's other returns, and why the last action was refused.</summary>
public sealed record ReturnDetailPage(ReturnRequest Return, Order Order, IReadOnlyList<ReturnRequest> OrderReturns, string? Error = null,
    string? RefuseReason = null)
{
    public MoneyBack RefundWithoutShipping => Return.RefundFor(Order, withShipping: false, OrderReturns);
    public MoneyBack RefundWithShipping => Return.RefundFor(Order, withShipping: true, OrderReturns);

    /// <summary>The lines whose variant was removed from the catalog since: they cannot go back into stock.</summary>
    public IReadOnlySet<int> VariantRemoved { get; init; } = new HashSet<int>();

    /// <summary>An earlier return refunded the shipping: it is not offered again.</summary>
    public bool ShippingRefunded => Return.ShippingRefundedBefore(OrderReturns);
}
