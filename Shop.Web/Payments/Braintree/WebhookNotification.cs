using Shop.Domain;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// A verified Braintree webhook, decoded. Ids are legacy (XML API) ids. Notifications can arrive late, repeated
/// and out of order: apply them by <see cref="Timestamp"/> and idempotently.
/// </summary>
public sealed record WebhookNotification(
    string Kind,
    DateTimeOffset Timestamp,
    string? TransactionId,
    string? TransactionStatus,
    string? OrderId,
    Money? Amount,
    string? DisputeId,
    string? DisputeStatus,
    string? DisputeReason)
{
    public const string TransactionSettled = "transaction_settled";
    public const string TransactionSettlementDeclined = "transaction_settlement_declined";
    public const string TransactionDisbursed = "transaction_disbursed";
    public const string DisputeOpened = "dispute_opened";
    public const string DisputeLost = "dispute_lost";
    public const string DisputeWon = "dispute_won";
    public const string RefundFailed = "refund_failed";
    public const string Check = "check";
}
