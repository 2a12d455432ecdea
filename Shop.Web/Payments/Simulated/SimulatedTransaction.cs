using Shop.Domain;

namespace Shop.Web.Payments.Simulated;

/// <summary>A transaction the simulated gateway remembers. Mutable, guarded by the gateway's lock.</summary>
internal sealed class SimulatedTransaction(string legacyId, string orderId, Money amount, string status, DateTimeOffset createdAt)
{
    public string LegacyId { get; } = legacyId;
    public string Id { get; } = SimulatedIds.Global("transaction", legacyId);
    public string OrderId { get; } = orderId;
    public Money Amount { get; } = amount;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public string Status { get; set; } = status;
    public Money Refunded { get; set; } = Money.Zero(amount.Currency);

    /// <summary>Like the sandbox's nightly batch: a submitted charge counts as settled once the delay has passed.</summary>
    public string StatusAt(DateTimeOffset now, TimeSpan settlementDelay) =>
        Status == "SUBMITTED_FOR_SETTLEMENT" && now - CreatedAt >= settlementDelay ? "SETTLED" : Status;

    public GatewayTransaction ToGatewayTransaction(DateTimeOffset now, TimeSpan settlementDelay) =>
        new(Id, LegacyId, OrderId, StatusAt(now, settlementDelay), Amount, CreatedAt);
}
