namespace Shop.Tests.Support;

/// <summary>The simulated gateway, counting the refunds and reversals it is asked for; a charge or a refund can be held mid-call.</summary>
public sealed class HeldGateway(SimulatedBraintreeGateway gateway) : IPaymentGateway
{
    private int _moneyBack;

    public Hold MoneyBack { get; } = new();

    public Hold Charge { get; } = new();

    /// <summary>How many refunds and reversals reached the gateway.</summary>
    public int MoneyBackCalls => Volatile.Read(ref _moneyBack);

    public bool IsSimulated => true;

    public Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken cancellationToken = default) => gateway.CreateClientTokenAsync(cancellationToken);

    public Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken cancellationToken = default) =>
        gateway.ReadThreeDSecureAsync(nonce, cancellationToken);

    /// <summary>The next charge takes the money and the shop never hears of it, as if it stopped mid-call.</summary>
    public void StopAfterNextCharge() => Volatile.Write(ref _stopAfterCharge, 1);

    private int _stopAfterCharge;

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default)
    {
        await Charge.PassAsync();
        var result = await gateway.ChargeAsync(request, cancellationToken);
        if (Interlocked.Exchange(ref _stopAfterCharge, 0) == 1) throw new InvalidOperationException("The shop stopped during the charge (a test).");
        return result;
    }

    public async Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _moneyBack);
        await MoneyBack.PassAsync();
        return await gateway.RefundAsync(transactionId, amount, cancellationToken);
    }

    public async Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _moneyBack);
        await MoneyBack.PassAsync();
        return await gateway.ReverseAsync(transactionId, cancellationToken);
    }

    public Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken = default) => gateway.FindByOrderIdAsync(orderId, cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) => gateway.PingAsync(cancellationToken);
}
