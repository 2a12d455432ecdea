namespace Shop.Web.Orders;

public sealed class PaymentReconciliationOptions
{
    public const string Section = "Shop:Payments:Reconciliation";

    /// <summary>How long a pending order is left alone before asking the gateway (a charge may still be in flight).</summary>
    public TimeSpan AskAfter { get; set; } = TimeSpan.FromMinutes(1);
    /// <summary>No charge found by then: the payment never happened, so the order is cancelled.</summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromMinutes(15);
    public TimeSpan Every { get; set; } = TimeSpan.FromSeconds(30);
}
