using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Shop.Domain;
using Shop.Domain.Ordering;

namespace Shop.Web.Checkout;

/// <summary>
/// The review page's <see cref="OrderQuote"/> in the payment form, encrypted and signed by the server so it cannot
/// be made up or edited; it travels from review to Pay and expires with the checkout draft.
/// </summary>
public sealed class CheckoutQuote(IDataProtectionProvider protection)
{
    public const string Field = "quote";
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private ITimeLimitedDataProtector Protector => protection.CreateProtector("Shop.Checkout.Quote.v1").ToTimeLimitedDataProtector();

    public string Protect(OrderQuote quote) =>
        Protector.Protect(JsonSerializer.Serialize(new Stored(quote.Total.Amount, quote.Total.Currency, quote.Lines)), Lifetime);

    /// <summary>Null when missing, tampered with or expired.</summary>
    public OrderQuote? Read(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 8192) return null;
        try
        {
            return JsonSerializer.Deserialize<Stored>(Protector.Unprotect(value)) is { } s ? new OrderQuote(new Money(s.Total, s.Currency), s.Lines) : null;
        }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException or DomainException)
        {
            return null;
        }
    }

    private sealed record Stored(decimal Total, string Currency, string Lines);
}
