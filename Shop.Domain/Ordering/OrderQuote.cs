using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Shop.Domain.Cart;
using Shop.Domain.Checkout;
using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// What the shopper saw on the review page: the total, its currency, the lines, the tax per rate and whom it goes to
/// (<see cref="To"/>). Pay charges exactly this or nothing: an order placed from a cart or prices that changed since
/// (another tab, a price change), taxed otherwise, or sent, billed or mailed elsewhere (details changed in another
/// tab), does not match.
/// </summary>
public sealed record OrderQuote(Money Total, string Lines, string Tax = "", string To = "")
{
    public static OrderQuote Of(PricedCart cart, OrderTotals totals, Destination to, ShippingMethod method, string email)
    {
        ArgumentNullException.ThrowIfNull(cart);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(to);
        return new(totals.Total, Describe(cart.PurchasableLines.Select(l => (l.VariantId, l.Quantity, l.UnitPrice))),
            DescribeTax(totals.Taxes?.Rates.Select(r => (r.Label, r.Tax)) ?? [], totals.Taxes?.ReverseCharge == true),
            Recipient(to.ShipTo, to.BillTo, to.VatNumber, method, email));
    }

    /// <summary>Reviewed at nothing to pay: Pay asks for no card (see <see cref="Order.IsFreeOfCharge"/>).</summary>
    public bool IsFreeOfCharge => Total.IsZero;

    public bool Matches(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Total == Total && Describe(order.Lines.Select(l => (l.VariantId, l.Quantity, l.UnitPrice))) == Lines
            && DescribeTax(order.TaxLines.Select(t => (t.Label, t.Tax)), order.ReverseCharge) == Tax
            && Recipient(order.ShippingAddress, order.BillingAddress, order.VatNumber, order.ShippingMethod, order.Email) == To;
    }

    /// <summary>
    /// A digest of the delivery and billing addresses (with their companies), the VAT number, the shipping method and the email, as the order
    /// keeps them (a billing address like the delivery one is none); a digest, so no address travels in the Pay URL.
    /// </summary>
    private static string Recipient(Address? shipTo, Address? billTo, string? vatNumber, ShippingMethod method, string? email)
    {
        // A company only where there is one, so quotes of addresses without one read as before.
        static string Of(Address? a) => a is null ? "" : string.Join('\u001E', [a.FullName, a.Line1, a.Line2 ?? "", a.City, a.Region ?? "",
            a.PostalCode ?? "", a.CountryCode, a.Phone ?? "", .. a.Company is { } company ? [company] : Array.Empty<string>()]);
        var text = string.Join('\u001F', Of(shipTo), Of(billTo == shipTo ? null : billTo), VatNumber.Normalize(vatNumber), method.ToString(),
            (email ?? "").Trim().ToUpperInvariant());
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16);
    }

    /// <summary>"VAT 19%=15.97;VAT 7%=1.23", "reverse charge", or both (digital goods reverse charged, shipped goods taxed).</summary>
    private static string DescribeTax(IEnumerable<(string Label, Money Tax)> rates, bool reverseCharge)
    {
        var taxed = string.Join(";", rates.Select(r => $"{r.Label}={r.Tax.ToInvariantString()}"));
        return reverseCharge ? (taxed.Length == 0 ? "reverse charge" : "reverse charge;" + taxed) : taxed;
    }

    /// <summary>The variants the shopper reviewed, in variant order.</summary>
    public IEnumerable<int> VariantIds =>
        Lines.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(l => int.Parse(l.AsSpan(0, l.IndexOf('x')), CultureInfo.InvariantCulture));

    /// <summary>"12x2@9.95USD;40x1@14.00USD": each line's variant, quantity and unit price, in variant order.</summary>
    private static string Describe(IEnumerable<(int VariantId, int Quantity, Money UnitPrice)> lines) =>
        string.Join(";", lines.OrderBy(l => l.VariantId).Select(l =>
            $"{l.VariantId}x{l.Quantity}@{l.UnitPrice.Amount.ToString("0.##########", CultureInfo.InvariantCulture)}{l.UnitPrice.Currency}"));
}
