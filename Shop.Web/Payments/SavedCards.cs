using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Payments;

/// <summary>
/// A signed-in shopper's saved cards. The shop stores only their Braintree customer id (on the account); the cards
/// themselves are read from Braintree's vault each time, so a card removed there is gone here too.
/// </summary>
public sealed class SavedCards(ShopDbContext db, IPaymentVault vault, IOptions<PaymentOptions> payments,
    IOptions<Braintree.BraintreeOptions> braintree, ILogger<SavedCards> log)
{
    /// <summary>
    /// Saved cards are offered unless 3-D Secure is Always: a saved card is charged without a fresh authentication,
    /// which Always refuses.
    /// </summary>
    public bool Offered => payments.Value.ThreeDSecure != ThreeDSecurePolicy.Always;

    /// <summary>A saved card's CVV is typed again at Pay and checked with the charge (Shop:Payments:Braintree:SavedCardCvv).</summary>
    public bool AsksCvv => Offered && braintree.Value.SavedCardCvv;

    /// <summary>The shopper's cards; empty without a customer; null when Braintree cannot tell us now.</summary>
    public async Task<IReadOnlyList<SavedCard>?> ListAsync(string userId, CancellationToken ct) =>
        await CustomerIdAsync(userId, ct) is { } customer ? await vault.CardsAsync(customer, ct) : [];

    /// <summary>The card when it is one of the shopper's; null otherwise (someone else's, removed, or unknown).</summary>
    public async Task<SavedCard?> FindAsync(string userId, string cardId, CancellationToken ct) =>
        (await ListAsync(userId, ct))?.FirstOrDefault(c => c.Id == cardId);

    /// <summary>The Braintree customer a new card is saved to, made on first use; null when Braintree cannot be used.</summary>
    public async Task<string?> CustomerForSavingAsync(string userId, CancellationToken ct)
    {
        if (await CustomerIdAsync(userId, ct) is { } existing) return existing;
        if (await vault.CreateCustomerAsync(ct) is not { } created) return null;
        await SetCustomerIdAsync(userId, created, ct);
        return created;
    }

    /// <summary>Removes one of the shopper's cards at Braintree; a card that is not theirs is <see cref="CardRemoval.NotFound"/>.</summary>
    public async Task<CardRemoval> RemoveAsync(string userId, string cardId, CancellationToken ct)
    {
        var cards = await ListAsync(userId, ct);
        if (cards is null) return CardRemoval.Unavailable;
        if (cards.All(c => c.Id != cardId)) return CardRemoval.NotFound;
        if (await vault.DeleteCardAsync(cardId, ct)) return CardRemoval.Removed;
        log.LogWarning("Saved card of account {UserId} could not be removed at the gateway", userId);
        return CardRemoval.Unavailable;
    }

    /// <summary>Removes the shopper's customer and every card at Braintree; false when Braintree cannot do it now.</summary>
    public async Task<bool> ForgetAsync(string userId, CancellationToken ct)
    {
        if (await CustomerIdAsync(userId, ct) is not { } customer) return true;
        if (!await vault.DeleteCustomerAsync(customer, ct))
        {
            log.LogWarning("Braintree customer of account {UserId} could not be deleted", userId);
            return false;
        }
        await SetCustomerIdAsync(userId, null, ct);
        return true;
    }

    private async Task SetCustomerIdAsync(string userId, string? customerId, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == userId, ct);
        user.BraintreeCustomerId = customerId;
        await db.SaveChangesAsync(ct);
    }

    private Task<string?> CustomerIdAsync(string userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).Select(u => u.BraintreeCustomerId).FirstOrDefaultAsync(ct);
}
