using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Returns;

/// <summary>A return with its order, and why the last action was refused.</summary>
public sealed record ReturnDetailPage(ReturnRequest Return, Order Order, string? Error = null, string? RefuseReason = null)
{
    public Shop.Domain.Money RefundWithoutShipping => Return.RefundFor(Order, withShipping: false);
    public Shop.Domain.Money RefundWithShipping => Return.RefundFor(Order, withShipping: true);
}
