using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The orders a filter shows, as CSV for accounting: one row per order, amounts without currency signs. A row adds up:
/// Subtotal − Discount + Shipping − VatTakenOff (+ Tax when not included) = Total. TaxByCountry splits Tax by the country
/// it is owed in and its rate, with the net base, as a one-stop-shop return asks ("AT 20% base 16.67 tax 3.33; FR 20% base 25.00 tax 5.00");
/// an order from before the shop kept the country owes it in ShipToCountry.
/// </summary>
public sealed class OrdersCsv(StaffOrderQuery orders)
{
    public static readonly string[] Columns =
    [
        "Number", "PlacedAtUtc", "Email", "Status", "Items", "Currency", "Subtotal", "Discount", "DiscountCode", "Shipping",
        "Tax", "TaxIncluded", "Total", "Refunded", "TaxRefunded", "PaymentTransaction", "TrackingNumber", "ShipToName", "ShipToCompany", "ShipToCountry",
        "ReverseCharge", "VatNumber", "VatTakenOff", "TaxByCountry",
    ];

    /// <summary>Writes the rows to <paramref name="output"/> as they are read: columns only, the items summed by the database.</summary>
    public async Task WriteAsync(OrderFilter filter, Stream output, CancellationToken ct)
    {
        var rows = orders.AllMatching(filter).Select(o => new
        {
            o.Number, o.PlacedAt, o.Email, o.Status, Items = o.Lines.Sum(l => l.Quantity), o.Currency, Subtotal = o.Subtotal.Amount,
            Discount = o.Discount.Amount, o.DiscountCode, Shipping = o.ShippingCost.Amount, Tax = o.Tax.Amount, o.TaxIncluded,
            Total = o.Total.Amount, Refunded = o.RefundedAmount.Amount, TaxRefunded = EF.Property<decimal?>(o, "TaxRefundedAmount"),
            o.PaymentTransactionId, o.TrackingNumber, o.ShippingAddress.FullName, o.ShippingAddress.Company, o.ShippingAddress.CountryCode, o.ReverseCharge, o.VatNumber,
            TaxRows = o.TaxLines.Select(t => new { t.Country, t.Rate, Base = t.Base.Amount, Tax = t.Tax.Amount }).ToList(),
        });
        // A cell starting with = + - @ would run as a formula in a spreadsheet; the writer prefixes a quote mark.
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true);
        await csv.WriteRecordAsync(Columns, ct);
        await foreach (var o in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            Money Of(decimal amount) => new(amount, o.Currency);
            var (subtotal, discount, shipping, tax, total, refunded) = (Of(o.Subtotal), Of(o.Discount), Of(o.Shipping), Of(o.Tax), Of(o.Total), Of(o.Refunded));
            await csv.WriteRecordAsync([o.Number, o.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), o.Email,
                o.Status.ToString(), o.Items.ToString(CultureInfo.InvariantCulture), o.Currency,
                subtotal.ToInvariantString(), discount.ToInvariantString(), o.DiscountCode ?? "", shipping.ToInvariantString(), tax.ToInvariantString(),
                o.TaxIncluded ? "yes" : "no", total.ToInvariantString(), refunded.ToInvariantString(),
                Order.TaxRefundedOf(o.TaxRefunded, tax, refunded, total).ToInvariantString(), o.PaymentTransactionId ?? "",
                o.TrackingNumber ?? "", o.FullName, o.Company ?? "", o.CountryCode,
                o.ReverseCharge ? "yes" : "no", o.VatNumber ?? "", Order.VatTakenOffOf(o.TaxIncluded, o.ReverseCharge, subtotal, discount, shipping, total).ToInvariantString(),
                string.Join("; ", o.TaxRows.OrderByDescending(t => t.Rate).ThenBy(t => t.Country ?? o.CountryCode, StringComparer.Ordinal)
                    .Select(t => $"{t.Country ?? o.CountryCode} {TaxAtRate.PercentOf(t.Rate)} base {Of(t.Base).ToInvariantString()} tax {Of(t.Tax).ToInvariantString()}"))], ct);
        }
    }
}
