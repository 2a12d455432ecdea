using Shop.Domain;

namespace Shop.Web.Payments;

/// <summary>A transaction as the gateway reports it, e.g. when reconciling an order after a timeout.</summary>
public sealed record GatewayTransaction(string Id, string? LegacyId, string? OrderId, string Status, Money? Amount,
    DateTimeOffset? CreatedAt)
{
    /// <summary>Statuses in which the shopper's money is taken or about to be (Braintree's success set).</summary>
    public static readonly IReadOnlySet<string> MoneyTakenStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "AUTHORIZED", "AUTHORIZING", "SUBMITTED_FOR_SETTLEMENT", "SETTLING", "SETTLEMENT_PENDING", "SETTLED",
        "SETTLEMENT_CONFIRMED",
    };

    public bool MoneyTaken => MoneyTakenStatuses.Contains(Status);
}
