namespace Shop.Web.Documents;

/// <summary>
/// The payment terms an invoice to a business states (<c>Shop:Business:PaymentTerms</c>). A seller in France states them
/// by law (Code de commerce L441-9, L441-10) and gets the law's own where it sets none; any other seller prints those it sets.
/// </summary>
public sealed class PaymentTermsOptions
{
    /// <summary>The late-payment penalty rate, printed as written ("12 %"); empty: the law's default for a French seller, else none.</summary>
    public string LatePaymentRate { get; set; } = "";
    /// <summary>
    /// The fixed indemnity for recovery costs a late business payer owes, in the shop's currency; unset: none. A French
    /// seller always states the law's 40 € (D441-5), in euros whatever its currency, and this is not read.
    /// </summary>
    public decimal? RecoveryFee { get; set; }
    /// <summary>What paying early earns, printed as written; empty: "No discount for early payment" in the invoice's language.</summary>
    public string EarlyPaymentDiscount { get; set; } = "";
}
