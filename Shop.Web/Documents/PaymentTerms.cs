using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>
/// The payment terms an invoice to a business states (<see cref="PaymentTermsOptions"/>): when payment was due (the shop
/// takes it at checkout, so the day it was paid), the discount for paying early, the late-payment penalty rate and the
/// fixed recovery fee. Consumers' invoices state none: the penalties and the fee are owed between businesses only.
/// </summary>
public sealed record PaymentTerms(string? LatePaymentRate, Money? RecoveryFee, string? EarlyPaymentDiscount, bool UnderFrenchLaw)
{
    /// <summary>
    /// The fixed indemnity for recovery costs French law sets (Code de commerce D441-5): 40 euros, whatever the shop's
    /// currency, so it prints as euros in the invoice's language ("40,00 €", "€40.00").
    /// </summary>
    public static readonly Money FrenchRecoveryFee = new(40m, "EUR");

    /// <summary>
    /// The rate a French seller's terms fall back on (L441-10 II); three times the legal interest rate is only the least
    /// its terms may set instead, so it is not printed for it.
    /// </summary>
    public const string FrenchLawRate =
        "the European Central Bank's most recent refinancing rate plus 10 percentage points (art. L441-10 Code de commerce)";

    /// <summary>
    /// The terms a seller in <paramref name="sellerCountry"/> states; null when it states none (outside France, none set).
    /// A French seller's indemnity is the law's, in euros: a fee it set is not read in the shop's currency.
    /// </summary>
    public static PaymentTerms? Of(PaymentTermsOptions options, string? sellerCountry, string currency)
    {
        var french = sellerCountry == "FR";
        var rate = Written(options.LatePaymentRate);
        var fee = french ? FrenchRecoveryFee : options.RecoveryFee is { } f && f > 0m ? new Money(f, currency) : (Money?)null;
        var discount = Written(options.EarlyPaymentDiscount);
        return french || rate is not null || fee is not null || discount is not null ? new(rate, fee, discount, french) : null;
    }

    /// <summary>Whether an order's invoice states them: the buyer is a business (a company on the bill, or a VAT number).</summary>
    public static bool AreFor(Order order) => order.VatNumber is not null || order.BillTo.Company is not null;

    /// <summary>The terms' lines in the current language, the order paid on <paramref name="paidAt"/>.</summary>
    public IReadOnlyList<string> Lines(DateTimeOffset paidAt) =>
    [
        ShopText.Translate("Payment due: paid on {0}", PrintedDates.Day(paidAt)),
        EarlyPaymentDiscount ?? ShopText.Translate("No discount for early payment."),
        .. (LatePaymentRate ?? (UnderFrenchLaw ? ShopText.Translate(FrenchLawRate) : null)) is { } rate
            ? [ShopText.Translate("Late-payment penalties: {0}", rate)] : Array.Empty<string>(),
        .. RecoveryFee is { } fee
            ? [ShopText.Translate("Fixed indemnity for recovery costs in case of late payment: {0}", fee.ToString())] : Array.Empty<string>(),
    ];

    private static string? Written(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
