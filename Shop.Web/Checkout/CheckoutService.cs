using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Cart;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Markets;
using Shop.Web.Orders;
using Shop.Web.Payments;

namespace Shop.Web.Checkout;

/// <summary>
/// Places an order exactly once and charges it exactly once: a known attempt key returns that order's outcome; a cart
/// short of stock goes back to the shopper; stock (and a discount use, <see cref="OrderHolds"/>) is held and the order
/// saved Pending in one transaction, with other shoppers' orders (<see cref="SavedTogether"/>); the gateway charges
/// outside any transaction, never retried; paid marks it paid (saved together again), refused cancels it and gives its
/// holds back, unknown leaves it Pending for <see cref="Orders.PaymentReconciliation"/>.
/// </summary>
public sealed class CheckoutService(
    ShopDbContext db,
    CartService carts,
    OrderHolds holds,
    SavedTogether together,
    IPaymentGateway gateway,
    IOptions<PaymentOptions> payments,
    IOptions<Payments.Braintree.BraintreeOptions> braintree,
    TimeProvider clock,
    IOrderEvents events,
    WriteTurns turns,
    SoldOutVariants soldOut,
    CheckoutAttempts attempts,
    MarketTerms markets,
    IHttpContextAccessor http,
    ILogger<CheckoutService> log)
{
    public async Task<CheckoutOutcome> PlaceOrderAsync(CheckoutDraft draft, Guid attemptKey, PaymentChoice payment, OrderQuote reviewed,
        string email, string? userId, CartOwner owner, CancellationToken ct)
    {
        // Too late for a sale this node knows is over: told at once, no database. An attempt this node already took to
        // the database (a double click whose twin may have bought the last unit) goes there again to find its order;
        // looked up after the sold-out list, since a twin notes its attempt before it takes any stock.
        if (await soldOut.FirstAsync(reviewed.VariantIds, http.HttpContext is { } request ? LanguagePrefix.Of(request) : null) is { } gone && !attempts.WereTaken(attemptKey))
            return new CheckoutOutcome.CartChanged(SoldOut(gone), TwinUnsought: true);
        attempts.Taken(attemptKey);

        // One connection for the whole placement: opening one (EF sets up its SQLite functions each time) costs as
        // much as a small query, and a checkout runs several. It is held through the charge; Pay is served in turn, so a
        // node holds at most RateLimits:inturn:AtOnce of them.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PlaceAsync(draft, attemptKey, payment, reviewed, email, userId, owner, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<CheckoutOutcome> PlaceAsync(CheckoutDraft draft, Guid attemptKey, PaymentChoice payment, OrderQuote reviewed,
        string email, string? userId, CartOwner owner, CancellationToken ct)
    {
        // Stock before the attempt key: a twin of this request (a double click) that took the last unit saved its order
        // in the same transaction as the stock, so if its sale shows here, its order shows in the look-up after.
        var gone = await carts.FirstShortOfStockAsync(owner, ct);
        // An order placed with this key is this purchase again (a double click, a re-post) only if it is what was
        // reviewed; else the key outlived its purchase (its Pay's answer was lost) and this cart is a new one.
        if (await FindAttemptAsync(attemptKey, ct) is { } earlier)
            return reviewed.Matches(earlier) ? Describe(earlier) : new CheckoutOutcome.AttemptUsed(earlier.Number);
        if (gone is not null) return new CheckoutOutcome.CartChanged(SoldOut(gone));

        var outcome = await PlaceNewAsync(draft, attemptKey, payment, reviewed, email, userId, owner, ct);
        // Since the look-up a twin may have bought this very cart (emptying it, or taking the last unit): so did this one.
        return outcome is CheckoutOutcome.CartChanged && await FindAttemptAsync(attemptKey, ct) is { } twin ? Describe(twin) : outcome;
    }

    private async Task<CheckoutOutcome> PlaceNewAsync(CheckoutDraft draft, Guid attemptKey, PaymentChoice payment, OrderQuote reviewed,
        string email, string? userId, CartOwner owner, CancellationToken ct)
    {
        var cart = await carts.FindAsync(owner, ct);
        if (cart is null || cart.IsEmpty) return new CheckoutOutcome.CartChanged(ShopText.Translate("Your cart is empty."));
        var priced = await carts.PriceAsync(cart, ct);
        if (priced.NeedsReview)
            return new CheckoutOutcome.CartChanged(ShopText.Translate("Some items in your cart changed since you last saw it. Please check it before paying."));
        var code = await carts.DiscountCodeAsync(cart, ct);

        var market = await markets.CurrentAsync(ct);
        // The order remembers the shopper's language, so its mails speak it (null: the shop's default).
        var language = LanguagePrefix.TranslatedCode(http.HttpContext);
        Order order;
        try
        {
            order = Order.Place(OrderNumber.New(), attemptKey, email, userId, priced, draft.Destination, draft.ShippingMethod,
                market, code, clock.GetUtcNow(), language, cart.Id);
        }
        catch (Domain.Checkout.DiscountRefused e)
        {
            return new CheckoutOutcome.Refused(ShopText.Discount(e.Outcome));
        }
        catch (DomainException e)
        {
            return new CheckoutOutcome.Refused(CheckoutRefusals.InShoppersLanguage(e.Message));
        }
        if (!reviewed.Matches(order))
            return new CheckoutOutcome.QuoteChanged(ShopText.Translate(
                "Your order changed since you reviewed it (a price, or your cart, address or shipping in another tab): it now comes to {0}. Nothing was charged; check it below and pay again.",
                order.Total));

        // What Braintree holds for the payment method is read before the order's first save, so the order keeps it
        // (and that its charge is starting) even if the shop stops during the charge.
        var (refusal, method) = order.IsFreeOfCharge ? (null, PaymentMethod.Card) : await PaymentMethodRefusalAsync(order, payment);
        if (refusal is null && !order.IsFreeOfCharge) order.StartCharge(clock.GetUtcNow());
        if (await ReserveAndSaveAsync(order, ct) is { } notPlaced) return notPlaced;
        log.LogInformation("Order {Order} placed as pending for {Total}", order.Number, order.Total);

        // A discount covered it all: nothing to charge (the review asked for no card).
        if (order.IsFreeOfCharge)
        {
            order.MarkPaidWithoutCharge(clock.GetUtcNow());
            return await PaidAsync(order, cart);
        }

        // From here on the shopper's money may move: finish the job even if the browser goes away.
        if (refusal is not null) return await RefuseAsync(order, refusal);
        var result = await gateway.ChargeAsync(new ChargeRequest(order.Total, order.Number, payment.Nonce, attemptKey)
        {
            SaveForCustomerId = method == PaymentMethod.Card ? payment.SaveToCustomerId : null,
            Method = method,
            TokenizedCvv = method == PaymentMethod.Card ? payment.TokenizedCvv : null,
        }, CancellationToken.None);
        return await ApplyChargeAsync(order, cart, owner, result);
    }

    /// <summary>
    /// Null when the payment method may be charged, else the shopper's sentence; and whether it is a card or a PayPal
    /// account. Braintree's record of the nonce decides, never the browser's: a saved payment method is charged only
    /// as the shopper's own saved card (anyone's id posted as a nonce would charge it too). The order records the
    /// method and the 3-D Secure outcome either way (saved with the charge's or the refusal's result).
    /// </summary>
    private async Task<(string? Refusal, PaymentMethod Method)> PaymentMethodRefusalAsync(Order order, PaymentChoice payment)
    {
        var policy = payments.Value.ThreeDSecure;
        var lookup = await gateway.ReadThreeDSecureAsync(payment.Nonce, CancellationToken.None);
        switch (lookup)
        {
            case ThreeDSecureLookup.Invalid invalid:
                return (Refusal(order, new ChargeResult.Invalid(invalid.Code, invalid.Message)), PaymentMethod.Card);
            case ThreeDSecureLookup.Unavailable unavailable:
                log.LogWarning("Order {Order}: the payment method could not be read ({Reason}); not charged", order.Number, unavailable.Message);
                return (Refusal(order, new ChargeResult.Unavailable(unavailable.Message)), PaymentMethod.Card);
            case ThreeDSecureLookup.Found { IsSaved: true } when !payment.IsOwnSavedCard:
                log.LogWarning("Order {Order}: a saved payment method was posted as a one-time nonce; not charged", order.Number);
                order.AddInternalNote(OrderNotes.SavedMethodAsCard, clock.GetUtcNow());
                return (PaymentRefusals.Invalid, PaymentMethod.Card);
        }
        var found = (ThreeDSecureLookup.Found)lookup;
        var method = found.Method;
        order.RecordPaymentMethod(method, found.PayerEmail, clock.GetUtcNow());
        if (method == PaymentMethod.PayPal && !braintree.Value.PayPal) return (PaymentRefusals.PayPalOff, method);
        var decision = ThreeDSecureRules.Decide(policy, found.Result);
        order.RecordThreeDSecure(decision.Outcome, clock.GetUtcNow());
        log.LogInformation("Order {Order}: 3-D Secure {Outcome} under {Policy}, {Decision}", order.Number, decision.Outcome, policy,
            decision.Charge ? "charging" : "refused");
        return (decision.Refusal, method);
    }

    /// <summary>The outcome of an attempt already placed, or null if this key was never used.</summary>
    public async Task<CheckoutOutcome?> FindOutcomeAsync(Guid attemptKey, CancellationToken ct) =>
        attemptKey == Guid.Empty ? null : await FindAttemptAsync(attemptKey, ct) is { } order ? Describe(order) : null;

    private async Task<Order?> FindAttemptAsync(Guid attemptKey, CancellationToken ct) =>
        await OrderIdOfAttempt(db, attemptKey, ct) is { } id
            ? await db.Orders.Whole().FirstOrDefaultAsync(o => o.Id == id, ct)
            : null;

    /// <remarks>
    /// Nearly every attempt is new, so the key is first looked up alone: SQLite prepares every statement afresh, and the
    /// whole order with its history is a statement about twenty times dearer to prepare than this one.
    /// </remarks>
    private static readonly Func<ShopDbContext, Guid, CancellationToken, Task<int?>> OrderIdOfAttempt =
        EF.CompileAsyncQuery((ShopDbContext db, Guid attemptKey, CancellationToken _) =>
            db.Orders.Where(o => o.IdempotencyKey == attemptKey).Select(o => (int?)o.Id).FirstOrDefault());

    /// <summary>Null when the order is saved with its stock; otherwise why not.</summary>
    private async Task<CheckoutOutcome?> ReserveAndSaveAsync(Order order, CancellationToken ct)
    {
        if (order.DiscountCode is not null) return await ReserveAndSaveAloneAsync(order, ct);
        db.Orders.Add(order);
        var saved = await together.SaveAsync(db, OrderHolds.Lines(order), ct);
        if (saved.SaveAlone) return await TwinOfAsync(order, ct) ?? await ReserveAndSaveAloneAsync(order, ct);
        if (saved.ShortOf is not { } shortOf) return null;
        db.ChangeTracker.Clear(); // the order was never saved
        return Outcome(HoldRefused.ShortOf(order, shortOf));
    }

    private async Task<CheckoutOutcome?> ReserveAndSaveAloneAsync(Order order, CancellationToken ct)
    {
        try
        {
            return await turns.RunAsync(db, async token =>
            {
                // The order first, its holds last: on a server database the variant's row stays locked from the stock's
                // UPDATE to the commit, and in a sale every Pay waits for that lock, so it is held as briefly as can be.
                if (db.Entry(order).State == EntityState.Detached) db.Orders.Add(order);
                await db.SaveChangesAsync(token);
                if (await holds.TryTakeAsync(order, token) is { } refused)
                {
                    await db.Database.RollbackTransactionAsync(token);
                    db.ChangeTracker.Clear(); // the order was never saved
                    return Outcome(refused);
                }
                return (CheckoutOutcome?)null;
            }, ct);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // The same attempt was placed by a parallel request a moment ago (a double click): report that one.
            db.ChangeTracker.Clear();
            if (await FindAttemptAsync(order.IdempotencyKey, ct) is { } twin) return Describe(twin);
            throw;
        }
    }

    /// <summary>
    /// The outcome of this attempt placed a moment ago by a parallel request (a double click the batch set apart), found
    /// before saving it again would only fail on the attempt's unique key.
    /// </summary>
    private async Task<CheckoutOutcome?> TwinOfAsync(Order order, CancellationToken ct)
    {
        if (await OrderIdOfAttempt(db, order.IdempotencyKey, ct) is null) return null;
        db.ChangeTracker.Clear(); // this copy of the order is never saved
        return await FindAttemptAsync(order.IdempotencyKey, ct) is { } twin ? Describe(twin) : null;
    }

    private static CheckoutOutcome Outcome(HoldRefused refused) => refused.SoldOutProduct is { } product
        ? new CheckoutOutcome.CartChanged(SoldOut(product))
        : new CheckoutOutcome.Refused(refused.UsedUpByShopper
            ? UsedUpByShopper(refused.UsedUpCode!)
            : ShopText.Translate("The code {0} has been used up.", refused.UsedUpCode!));

    private static string UsedUpByShopper(string code) => ShopText.Translate("You have already used the code {0} as often as it allows.", code);

    /// <summary>Why Pay would refuse this shopper the code (used as often as it allows), for the review; null when it would not.</summary>
    public async Task<string?> CodeRefusalForAsync(Domain.Checkout.DiscountCode code, string? userId, string email, CancellationToken ct) =>
        await holds.UsedUpByAsync(code, userId, email, exceptOrder: 0, ct) ? UsedUpByShopper(code.Code) : null;

    /// <summary>The order is paid: the cart empties with it, and the order's mail and stock messages go out.</summary>
    private async Task<CheckoutOutcome> PaidAsync(Order order, Domain.Cart.ShoppingCart cart)
    {
        await SaveWithEmptiedCartAsync(order, cart, clock.GetUtcNow());
        log.LogInformation("Order {Order} paid, transaction {Transaction}", order.Number, order.PaymentTransactionId ?? "none (nothing to pay)");
        await events.PaidAsync(order);
        return new CheckoutOutcome.Paid(order.Number);
    }

    private async Task<CheckoutOutcome> ApplyChargeAsync(Order order, Domain.Cart.ShoppingCart cart, CartOwner owner, ChargeResult result)
    {
        var now = clock.GetUtcNow();
        switch (result)
        {
            case ChargeResult.Paid paid when !order.IsPaidBy(paid.Amount):
                // Never mark paid what the gateway did not say it took in full: staff and the reconciler look at it.
                log.LogError("Order {Order}: gateway reports {Taken} taken by {Transaction}, order total {Total}; left pending",
                    order.Number, paid.Amount, paid.TransactionId, order.Total);
                return await KeepPendingAsync(order, cart,
                    $"The gateway reports {paid.Amount?.ToString() ?? "no amount"} taken by {paid.TransactionId}, not the order's {order.Total}; left pending.", now);

            case ChargeResult.Paid paid:
                order.MarkPaid(paid.TransactionId, now);
                try
                {
                    return await PaidAsync(order, cart);
                }
                catch (DbUpdateConcurrencyException)
                {
                    return await PaidAfterAChangeAsync(order.Number, paid.TransactionId, owner);
                }

            case ChargeResult.OutcomeUnknown unknown:
                log.LogWarning("Order {Order}: charge outcome unknown ({Reason}); left pending for reconciliation", order.Number, unknown.Message);
                return await KeepPendingAsync(order, cart, $"Payment not confirmed yet ({unknown.Message}); checking with the gateway.", now);

            default:
                return await RefuseAsync(order, Refusal(order, result));
        }
    }

    /// <summary>
    /// The money was taken but the order changed while it was charged (a note from staff, a webhook, the reconciler
    /// that marked it paid already): the fact is recorded on the order as it is now, never lost to an error page.
    /// </summary>
    private async Task<CheckoutOutcome> PaidAfterAChangeAsync(string number, string transactionId, CartOwner owner)
    {
        db.ChangeTracker.Clear();
        var order = await db.Orders.Whole().SingleAsync(o => o.Number == number); // whole: its mail shows the tax too
        var cart = await carts.FindAsync(owner, CancellationToken.None);
        log.LogWarning("Order {Order} changed while it was charged (now {Status}); recording payment {Transaction} on it again",
            number, order.Status, transactionId);
        var now = clock.GetUtcNow();
        var paidBefore = order.Status != OrderStatus.Pending;
        if (paidBefore && order.PaymentTransactionId != transactionId)
        {
            // Cannot happen while a charging order cannot be cancelled; should it, staff must see it on the order.
            log.LogError("Order {Order} is {Status} but payment {Transaction} was taken for it", number, order.Status, transactionId);
            order.AddInternalNote($"Payment {transactionId} was taken while the order was {order.Status}: refund it at the gateway.", now);
            await turns.RunAsync(db, token => db.SaveChangesAsync(token), CancellationToken.None);
            return Describe(order);
        }
        order.MarkPaid(transactionId, now); // nothing new when the same payment was recorded meanwhile
        if (cart is null) await turns.RunAsync(db, token => db.SaveChangesAsync(token), CancellationToken.None);
        else await SaveWithEmptiedCartAsync(order, cart, now);
        if (!paidBefore) await events.PaidAsync(order); // else its mail went when it was recorded
        return new CheckoutOutcome.Paid(order.Number);
    }

    /// <summary>
    /// Nothing was taken: the order is cancelled (its note keeps <paramref name="reason"/> in English), its holds given
    /// back, and the cart stays for another try.
    /// </summary>
    private async Task<CheckoutOutcome> RefuseAsync(Order order, string reason)
    {
        await holds.CancelForFailedPaymentAsync(order, reason, CancellationToken.None);
        log.LogInformation("Order {Order} not paid: {Reason}", order.Number, reason);
        return new CheckoutOutcome.PaymentFailed(order.Number, PaymentRefusals.InShoppersLanguage(reason));
    }

    /// <summary>The shopper's sentence; the gateway's words about details it could not use go to the log, for staff.</summary>
    private string Refusal(Order order, ChargeResult result)
    {
        if (result is ChargeResult.Invalid invalid)
        {
            log.LogWarning("Order {Order}: the gateway could not use the payment details: {Message} (code {Code})", order.Number, invalid.Message, invalid.Code);
            order.AddInternalNote($"The gateway could not use the payment details: {invalid.Message} (code {invalid.Code}).", clock.GetUtcNow());
        }
        return PaymentRefusals.Explain(result);
    }

    /// <summary>Money may have moved: the order stays pending with a note saying why, and the cart is emptied.</summary>
    private async Task<CheckoutOutcome> KeepPendingAsync(Order order, Domain.Cart.ShoppingCart cart, string note, DateTimeOffset now)
    {
        order.AddInternalNote(note, now); // the shopper sees the "confirming your payment" page, not the gateway's words
        order.EndPaymentChange(now); // the call is over: staff may ask the gateway and cancel, as the reconciler would
        await SaveWithEmptiedCartAsync(order, cart, now);
        return new CheckoutOutcome.Pending(order.Number);
    }

    /// <summary>Empties the cart and saves it with the order (in turn on SQLite); the shopper's cached pages follow the cart.</summary>
    private async Task SaveWithEmptiedCartAsync(Order order, Domain.Cart.ShoppingCart cart, DateTimeOffset now)
    {
        cart.Clear(now);
        order.CartEmptied();
        if ((await together.SaveAsync(db, [], CancellationToken.None)).SaveAlone)
            await turns.RunAsync(db, token => db.SaveChangesAsync(token), CancellationToken.None);
        await carts.ChangedAsync(cart);
    }

    public static string SoldOut(string product) =>
        ShopText.Translate("Sorry, {0} has just sold out or has fewer left than you wanted. Please check your cart.", product);

    private static CheckoutOutcome Describe(Order order) => order.Status switch
    {
        OrderStatus.Pending => new CheckoutOutcome.Pending(order.Number),
        OrderStatus.Cancelled => new CheckoutOutcome.PaymentFailed(order.Number,
            PaymentRefusals.InShoppersLanguage(order.History.LastOrDefault()?.Note.Replace("Payment failed: ", "", StringComparison.Ordinal) ?? PaymentRefusals.Failed)),
        _ => new CheckoutOutcome.Paid(order.Number),
    };
}
