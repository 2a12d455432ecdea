using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>
/// The review page's <see cref="OrderQuote"/> in the payment form, sealed by the server so it cannot be made up or
/// edited; it travels from review to Pay and expires with the checkout draft.
/// </summary>
public sealed class CheckoutQuote(SealedValues seals)
{
    public const string Field = "quote";
    private const string Purpose = "Shop.Checkout.Quote.v1";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    public string Protect(OrderQuote quote) => seals.Seal(Purpose, new Stored(quote.Total.Amount, quote.Total.Currency, quote.Lines, quote.Tax, quote.To), Lifetime);

    /// <summary>Null when missing, tampered with or expired.</summary>
    public OrderQuote? Read(string? value)
    {
        if (seals.Open<Stored>(Purpose, value) is not { Currency: not null, Lines: not null } s) return null;
        // A quote sealed before it carried the recipient matches no order: it is reviewed again.
        try { return new OrderQuote(new Money(s.Total, s.Currency), s.Lines, s.Tax ?? "", s.To ?? ""); }
        catch (DomainException) { return null; } // a quote of an older shape
    }

    private sealed record Stored(decimal Total, string Currency, string Lines, string? Tax, string? To);
}
