using Shop.Domain;

namespace Shop.Web.Payments;

public static class PaymentReversal
{
    /// <summary>
    /// Takes back what is left of a payment. Nothing refunded yet (<paramref name="left"/> null): a reversal, which
    /// voids or refunds in full. After a partial refund: a refund of exactly <paramref name="left"/>, since Braintree's
    /// reversal of a settled payment refunds the whole amount, which is then too much (91521).
    /// </summary>
    public static async Task<ReverseResult> ReverseWhatIsLeftAsync(this IPaymentGateway gateway, string transactionId, Money? left)
    {
        if (left is not { } rest) return await gateway.ReverseAsync(transactionId, CancellationToken.None);
        return await gateway.RefundAsync(transactionId, rest, CancellationToken.None) switch
        {
            RefundResult.Refunded r => new ReverseResult.Refunded(r.RefundId, r.Status),
            RefundResult.Invalid i => new ReverseResult.Invalid(i.Code, i.Message),
            RefundResult.Declined d => new ReverseResult.Invalid(d.Status, d.Message),
            RefundResult.Unavailable u => new ReverseResult.Unavailable(u.Message),
            RefundResult.OutcomeUnknown u => new ReverseResult.OutcomeUnknown(u.Message),
            _ => new ReverseResult.OutcomeUnknown("The gateway gave an answer the shop does not understand."),
        };
    }
}
