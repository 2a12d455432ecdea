using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Checkout;
using Shop.Web.Account;
using Shop.Web.Data;

namespace Shop.Web.Orders;

/// <summary>The account's orders in its copy of its data: what the shopper's order pages show, returns included, staff's internal notes not.</summary>
public sealed class OrdersInPersonalData(ShopDbContext db) : IPersonalDataPart
{
    public string Name => "orders";

    public async Task<object> CopyAsync(ShopUser user, CancellationToken ct)
    {
        var orders = await db.Orders.AsNoTracking().AsSplitQuery().Where(o => o.UserId == user.Id)
            .Include(o => o.Lines).Include(o => o.Refunds).Include(o => o.History.Where(h => !h.IsInternal))
            .OrderBy(o => o.PlacedAt).ThenBy(o => o.Id).ToListAsync(ct);
        var ids = orders.Select(o => o.Id).ToList();
        var returns = (await db.Returns.AsNoTracking().Include(r => r.Lines).Where(r => ids.Contains(r.OrderId)).OrderBy(r => r.Id).ToListAsync(ct))
            .ToLookup(r => r.OrderId);
        return orders.Select(o => new
        {
            o.Number, o.PlacedAt, o.Status, o.Email, o.Language, o.Currency,
            DeliveryAddress = Written(o.ShippingAddress), BillingAddress = o.BillingAddress is { } b ? Written(b) : null,
            o.ShippingMethod, o.VatNumber, o.DiscountCode,
            Lines = o.Lines.Select(l => new { l.Name, l.VariantTitle, l.Sku, l.Quantity, UnitPrice = l.UnitPrice.Amount, LineTotal = l.LineTotal.Amount }),
            Subtotal = o.Subtotal.Amount, Discount = o.Discount.Amount, Shipping = o.ShippingCost.Amount, Tax = o.Tax.Amount, o.TaxIncluded,
            Total = o.Total.Amount, Refunded = o.RefundedAmount.Amount,
            o.PaymentMethod, o.PayerEmail, o.Carrier, o.TrackingNumber,
            Refunds = o.Refunds.Select(r => new { r.RefundedAt, Amount = r.Amount.Amount, r.Reason }),
            Timeline = o.History.OrderBy(h => h.At).Select(h => new { h.At, h.Status, Note = TimelineNotes.Line(h.Status, h.Note, o.Currency) }),
            Returns = returns[o.Id].Select(r => new
            {
                r.RequestedAt, r.Status, r.RefusalReason, Refunded = r.RefundedAmount.Amount,
                Lines = r.Lines.Select(l => new { l.Name, l.Sku, l.Quantity, l.Reason }),
            }),
        }).ToList();
    }

    private static object Written(Address a) => new { a.FullName, a.Company, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.CountryCode, a.Phone };
}
