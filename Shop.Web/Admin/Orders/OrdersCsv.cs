using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;

namespace Shop.Web.Admin.Orders;

/// <summary>
/// The orders a filter shows, as CSV for accounting: one row per order, amounts without currency signs. A row adds up:
/// Subtotal − Discount + Shipping − VatTakenOff (+ Tax when not included) = Total.
/// </summary>
public sealed class OrdersCsv(StaffOrderQuery orders)
{
    public static readonly string[] Columns =
    [
        "Number", "PlacedAtUtc", "Email", "Status", "Items", "Currency", "Subtotal", "Discount", "DiscountCode", "Shipping",
        "Tax", "TaxIncluded", "Total", "Refunded", "TaxRefunded", "PaymentTransaction", "TrackingNumber", "ShipToName", "ShipToCountry",
        "ReverseCharge", "VatNumber", "VatTakenOff",
    ];

    public async Task<byte[]> ExportAsync(OrderFilter filter, CancellationToken ct)
    {
        using var output = new MemoryStream();
        // A cell starting with = + - @ would run as a formula in a spreadsheet; the writer prefixes a quote mark.
        await using (var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(Columns);
            await foreach (var o in orders.AllMatching(filter).AsAsyncEnumerable().WithCancellation(ct))
            {
                csv.WriteRecord([o.Number, o.PlacedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), o.Email,
                    o.Status.ToString(), o.Lines.Sum(l => l.Quantity).ToString(CultureInfo.InvariantCulture), o.Currency,
                    o.Subtotal.ToInvariantString(), o.Discount.ToInvariantString(), o.DiscountCode ?? "", o.ShippingCost.ToInvariantString(), o.Tax.ToInvariantString(),
                    o.TaxIncluded ? "yes" : "no", o.Total.ToInvariantString(), o.RefundedAmount.ToInvariantString(), o.TaxRefunded.ToInvariantString(), o.PaymentTransactionId ?? "",
                    o.TrackingNumber ?? "", o.ShippingAddress.FullName, o.ShippingAddress.CountryCode,
                    o.ReverseCharge ? "yes" : "no", o.VatNumber ?? "", o.VatTakenOff.ToInvariantString()]);
            }
        }
        return output.ToArray();
    }
}
