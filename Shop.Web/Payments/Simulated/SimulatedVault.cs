namespace Shop.Web.Payments.Simulated;

/// <summary>
/// The simulated vault: customers and the cards saved to them, in memory. A saved card's id charges like the nonce it
/// was saved from (the amount decides) and, like a vaulted card at Braintree, carries no 3-D Secure result.
/// </summary>
public sealed partial class SimulatedBraintreeGateway
{
    private readonly Dictionary<string, List<SavedCard>> _customers = [];

    public Task<string?> CreateCustomerAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var id = SimulatedIds.Global("customer", SimulatedIds.NewLegacy());
            _customers[id] = [];
            return Task.FromResult<string?>(id);
        }
    }

    public Task<IReadOnlyList<SavedCard>?> CardsAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
            return Task.FromResult<IReadOnlyList<SavedCard>?>(_customers.TryGetValue(customerId, out var cards) ? cards.ToList() : []);
    }

    public Task<bool> DeleteCardAsync(string paymentMethodId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var cards in _customers.Values) cards.RemoveAll(c => c.Id == paymentMethodId);
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _customers.Remove(customerId);
            return Task.FromResult(true);
        }
    }

    /// <summary>Saves the card a paying nonce stands for, as a new card of the customer; its id.</summary>
    private string Save(string customerId, string nonce)
    {
        var (brand, lastFour) = nonce switch
        {
            _ when nonce.Contains("mastercard", StringComparison.Ordinal) => ("Mastercard", "4444"),
            _ when nonce.Contains("amex", StringComparison.Ordinal) => ("American Express", "0005"),
            _ when nonce.Contains("discover", StringComparison.Ordinal) => ("Discover", "1117"),
            _ => ("Visa", "1111"),
        };
        var card = new SavedCard(SimulatedIds.Global("paymentmethod", SimulatedIds.NewLegacy()), brand, lastFour, "12", "2030");
        if (!_customers.TryGetValue(customerId, out var cards)) _customers[customerId] = cards = [];
        cards.Add(card);
        return card.Id;
    }

    private bool IsSavedCard(string id)
    {
        lock (_lock) return _customers.Values.Any(cards => cards.Any(c => c.Id == id));
    }
}
