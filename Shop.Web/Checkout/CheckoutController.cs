using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Markets;
using Shop.Domain.Ordering;
using Shop.Web.Account;
using Shop.Web.Cart;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Markets;
using Shop.Web.Orders;
using Shop.Web.Payments;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>Checkout in two steps: address and shipping, then review and pay. Guests give an email.</summary>
[Route("checkout")]
public sealed class CheckoutController(
    CartService carts,
    CheckoutService checkout,
    IPaymentGateway gateway,
    ShopDbContext db,
    IOptions<ShopOptions> options,
    AddressBook addressBook,
    CheckoutQuote quotes,
    SavedCards savedCards,
    MarketTerms markets,
    GuestAccounts guestAccounts,
    IOptions<Payments.Braintree.BraintreeOptions> braintree,
    TimeProvider clock) : Controller
{
    private bool SignedIn => User.Identity?.IsAuthenticated == true;

    /// <summary>Step one. A signed-in shopper starts from their default saved address, or the one they pick.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Address(int? address, CancellationToken ct)
    {
        var priced = await PricedCartAsync(ct);
        if (priced is null) return RedirectToAction("Index", "Cart");
        var saved = SignedIn ? await addressBook.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct) : [];
        var picked = saved.FirstOrDefault(a => a.Id == address);
        var draft = CheckoutDraft.Read(HttpContext);
        // A first visit starts at the country the cart estimated shipping for, when the shopper chose one.
        var country = ShipToCountry.Read(HttpContext, (await markets.CurrentAsync(ct)).Shipping.CountriesServed) ?? options.Value.HomeCountry;
        var form = picked is not null ? CheckoutForm.From(picked, draft?.ShippingMethod, country)
            : draft is not null ? CheckoutForm.From(draft)
            : saved.FirstOrDefault(a => a.IsDefault) is { } home ? CheckoutForm.From(home, null, country)
            : CheckoutForm.Start(country);
        return View(await AddressPageAsync(form, priced, saved, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Address([Bind(Prefix = "Form")] CheckoutForm form, CancellationToken ct)
    {
        var priced = await PricedCartAsync(ct);
        if (priced is null) return RedirectToAction("Index", "Cart");

        Domain.Checkout.Address? address = null, billTo = null;
        if (ModelState.IsValid)
        {
            try { (address, billTo) = (form.ToAddress(), form.ToBillingAddress()); }
            catch (DomainException e) { ModelState.AddModelError("", e.Message); }
        }
        var market = await markets.CurrentAsync(ct);
        foreach (var (at, field) in new[] { (address, "Form.Region"), (billTo, "Form.Billing.Region") })
            if (at is not null && market.RegionRefusal(at) is { } noRegion)
            {
                ModelState.AddModelError(field, ShopText.Translate(noRegion, Domain.Checkout.Regions.Example(at.CountryCode)));
                address = null;
            }
        if (address is not null && !priced.ShipsNothing && market.Shipping.OfferFor(address, form.ShippingMethod, priced.ShippedSubtotal, priced.WeightGrams) is null)
        {
            ModelState.AddModelError("Form.ShippingMethod", CheckoutRefusals.InShoppersLanguage(OrderTotals.NotOffered(form.ShippingMethod, address)));
            address = null;
        }
        if (address is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            var saved = SignedIn ? await addressBook.ListAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, ct) : [];
            return View(await AddressPageAsync(form, priced, saved, ct));
        }

        var email = SignedIn ? AccountEmail() : form.Email!.Trim();
        var previous = CheckoutDraft.Read(HttpContext);
        var vatNumber = string.IsNullOrWhiteSpace(form.VatNumber) ? null : VatNumber.Normalize(form.VatNumber);
        new CheckoutDraft(email, address, form.ShippingMethod, previous?.AttemptKey ?? Guid.NewGuid(), vatNumber, billTo).Write(HttpContext);
        if (market.Shipping.CountriesServed.Contains(address.CountryCode)) ShipToCountry.Remember(HttpContext, address.CountryCode);
        return RedirectToAction(nameof(Review));
    }

    [HttpGet("review")]
    [BraintreeContentSecurityPolicy]
    public async Task<IActionResult> Review(CancellationToken ct)
    {
        if (CheckoutDraft.Read(HttpContext) is not { } draft) return RedirectToAction(nameof(Address));
        return await ReviewView(draft, null, ct);
    }

    [HttpPost("pay")]
    [EnableRateLimiting(RateLimits.Checkout)]
    [ServedInTurn]
    [BraintreeContentSecurityPolicy]
    public async Task<IActionResult> Pay(Guid attemptKey, string? nonce, string? savedCard, bool saveCard, string? cvv, CancellationToken ct)
    {
        // The quote comes in the URL (the queue looks at it before the body is read: LateForTheSale); older pages and
        // other clients post it as a field.
        var quote = Request.Query.TryGetValue(CheckoutQuote.Field, out var inUrl) ? inUrl.ToString()
            : Request.HasFormContentType ? Request.Form[CheckoutQuote.Field].ToString() : null;
        if (CheckoutDraft.Read(HttpContext) is not { } draft)
        {
            // A re-post of a payment already made (refresh, back button) after the draft was cleared: the order answers,
            // to a browser that may see it already (the key alone, seen on a page, in a cache, shows it to no one).
            var earlier = await checkout.FindOutcomeAsync(attemptKey, ct);
            return earlier is CheckoutOutcome.Paid or CheckoutOutcome.Pending ? Redirect(ConfirmationOf(earlier)) : RedirectToAction(nameof(Address));
        }
        // Another attempt than this draft's: an older page of this checkout (its key is replaced after a decline), or a
        // key read elsewhere. Its own outcome answers, granting nothing: a placed order shows only to whoever placed it.
        if (attemptKey != draft.AttemptKey)
        {
            switch (await checkout.FindOutcomeAsync(attemptKey, ct))
            {
                case { } placed and (CheckoutOutcome.Paid or CheckoutOutcome.Pending):
                    return Redirect(ConfirmationOf(placed));
                case CheckoutOutcome.PaymentFailed failed:
                    Response.StatusCode = StatusCodes.Status402PaymentRequired;
                    return await ReviewView(draft, failed.Reason, ct);
            }
        }
        if (quotes.Read(quote) is not { } reviewed || attemptKey != draft.AttemptKey)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReviewView(draft, ShopText.Translate("Please check your order below, then pay."), ct);
        }
        // An order reviewed at nothing to pay asks for no card; should it cost something after all, the order says so.
        var nothingToPay = reviewed.IsFreeOfCharge;
        if (!string.IsNullOrWhiteSpace(savedCard)) nonce = savedCard;
        if (attemptKey == Guid.Empty || (!nothingToPay && string.IsNullOrWhiteSpace(nonce)) || nonce?.Length > 4096)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReviewView(draft, ShopText.Translate("Choose how to pay."), ct);
        }
        if (!nothingToPay && !string.IsNullOrWhiteSpace(savedCard) && savedCards.AsksCvv && (string.IsNullOrWhiteSpace(cvv) || cvv.Length > 4096))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReviewView(draft, ShopText.Translate("Enter the security code (CVV) of your saved card. You have not been charged."), ct);
        }

        var userId = SignedIn ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var email = OrderEmail(draft);
        if ((nothingToPay ? PaymentChoice.None : await PaymentChoiceAsync(nonce!.Trim(), savedCard, saveCard, cvv, userId, ct)) is not { } payment)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ReviewView(draft, ShopText.Translate("That saved card is not available any more. Choose another card."), ct);
        }
        var outcome = await checkout.PlaceOrderAsync(draft, attemptKey, payment, reviewed, email, userId, CartOwner.Of(HttpContext), ct);
        switch (outcome)
        {
            case CheckoutOutcome.Paid or CheckoutOutcome.Pending:
                return Show(outcome);
            case CheckoutOutcome.PaymentFailed failed:
                return await ReviewAsNewAttemptAsync(draft, StatusCodes.Status402PaymentRequired, failed.Reason, ct);
            case CheckoutOutcome.CartChanged changed:
                LateForTheSale.TellSoldOut(TempData, changed.Message, changed.TwinUnsought ? attemptKey : null);
                return RedirectToAction("Index", "Cart");
            case CheckoutOutcome.AttemptUsed used:
                return await ReviewAsNewAttemptAsync(draft, StatusCodes.Status409Conflict, ShopText.Translate(
                    "Order {0} was already placed from this checkout. To buy what is in your cart now, check it below and pay: nothing was charged yet.", used.EarlierOrder), ct);
            case CheckoutOutcome.QuoteChanged changedQuote:
                Response.StatusCode = StatusCodes.Status409Conflict;
                return await ReviewView(draft, changedQuote.Message, ct);
            case CheckoutOutcome.Refused refused:
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await ReviewView(draft, refused.Message, ct);
            default:
                throw new InvalidOperationException($"Unexpected checkout outcome {outcome}");
        }
    }

    /// <summary>The review again under a new attempt key: the last one is spent (declined, or it placed another order).</summary>
    private async Task<IActionResult> ReviewAsNewAttemptAsync(CheckoutDraft draft, int status, string message, CancellationToken ct)
    {
        var retry = draft.WithNewAttempt();
        retry.Write(HttpContext);
        Response.StatusCode = status;
        return await ReviewView(retry, message, ct);
    }

    /// <summary>
    /// The nonce, or the shopper's own saved card (null when the card is not theirs or saved cards are not offered);
    /// with "Save this card", the Braintree customer to save it to (made on first use; if that fails, the card is
    /// charged without saving). A saved card carries its CVV typed again where the shop asks for it.
    /// </summary>
    private async Task<PaymentChoice?> PaymentChoiceAsync(string nonce, string? savedCard, bool saveCard, string? cvv, string? userId,
        CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(savedCard))
            return userId is not null && savedCards.Offered && await savedCards.FindAsync(userId, savedCard.Trim(), ct) is not null
                ? new PaymentChoice(nonce, null, savedCards.AsksCvv ? cvv!.Trim() : null, IsOwnSavedCard: true)
                : null;
        var saveTo = saveCard && userId is not null && savedCards.Offered ? await savedCards.CustomerForSavingAsync(userId, ct) : null;
        return new PaymentChoice(nonce, saveTo);
    }

    /// <summary>The order's page right after checkout: paid, or waiting for the gateway's answer.</summary>
    [HttpGet("confirmation/{number}")]
    public async Task<IActionResult> Confirmation(string number, CancellationToken ct)
    {
        if (await ViewableOrderAsync(number, ct) is not { } order) return NotFound();
        if (order.Status == OrderStatus.Pending) Response.StatusCode = StatusCodes.Status202Accepted;
        return await ConfirmationViewAsync(order, null, ct);
    }

    /// <summary>A guest's account from their confirmation: the order's email and one password (Account's rules apply).</summary>
    [HttpPost("confirmation/{number}/account")]
    [EnableRateLimiting(RateLimits.Register)]
    public async Task<IActionResult> CreateAccount(string number, GuestAccountForm form, CancellationToken ct)
    {
        if (SignedIn || await ViewableOrderAsync(number, ct) is not { } order) return NotFound();
        // The guest's order joined the account this form made: a double click's later post answers as its first did.
        if (order.UserId is not null) return RedirectToAction("CheckEmail", "Account");
        Response.StatusCode = StatusCodes.Status400BadRequest;
        if (ModelState.IsValid)
        {
            var result = await guestAccounts.CreateAsync(order.Number, order.Email, order.ShippingAddress.FullName, form.Password, ct);
            if (result.IsCreated) return RedirectToAction("CheckEmail", "Account");
            if (result.EmailTaken) Response.StatusCode = StatusCodes.Status409Conflict;
            else ModelState.AddIdentityErrors(result.Errors!, nameof(form.Password));
        }
        return await ConfirmationViewAsync(order, form, ct);
    }

    private async Task<Order?> ViewableOrderAsync(string number, CancellationToken ct)
    {
        number = number.ToUpperInvariant();
        if (!OrderNumber.IsValid(number)) return null;
        var order = await db.Orders.AsNoTracking().Whole().FirstOrDefaultAsync(o => o.Number == number, ct);
        return order is not null && OrderAccess.MayView(HttpContext, order) ? order : null;
    }

    private async Task<ViewResult> ConfirmationViewAsync(Order order, GuestAccountForm? form, CancellationToken ct)
    {
        var market = await markets.CurrentAsync(ct);
        var offer = market.Shipping.OfferFor(order.ShippingAddress, order.ShippingMethod, order.Subtotal - order.Discount, 0);
        var delivery = offer?.Promise ?? options.Value.Delivery();
        var link = Request.PathBase + (order.UserId is null ? $"/checkout/confirmation/{order.Number}" : $"/account/orders/{order.Number}");
        var offerAccount = !SignedIn && order.UserId is null && order.Status is OrderStatus.Paid or OrderStatus.Pending;
        return View(nameof(Confirmation), new ConfirmationPage(order, delivery.ArrivesBy(order.ShippingMethod, ShopTime.DayOf(order.PlacedAt), options.Value.Shipping.HolidayDays()),
            delivery.Describe(order.ShippingMethod), link, gateway.IsSimulated, offerAccount ? form ?? new GuestAccountForm() : null,
            EmailTaken: Response.StatusCode == StatusCodes.Status409Conflict));
    }

    /// <summary>Paid or pending: the browser may see this order from now on; the draft is done with.</summary>
    private IActionResult Show(CheckoutOutcome outcome)
    {
        // Only a guest's: an account's order is shown to its account, never to the next person on a shared browser.
        if (!SignedIn) OrderAccess.Remember(HttpContext, NumberOf(outcome));
        CheckoutDraft.Clear(HttpContext);
        return Redirect(ConfirmationOf(outcome));
    }

    internal static string ConfirmationOf(CheckoutOutcome outcome) =>
        $"~/checkout/confirmation/{NumberOf(outcome)}"; // "~": under /de the confirmation stays German

    private static string NumberOf(CheckoutOutcome outcome) => outcome switch
    {
        CheckoutOutcome.Paid p => p.OrderNumber,
        CheckoutOutcome.Pending p => p.OrderNumber,
        _ => throw new InvalidOperationException($"Only placed orders have a confirmation page, not {outcome}"),
    };

    private async Task<IActionResult> ReviewView(CheckoutDraft draft, string? error, CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null || cart.IsEmpty) return RedirectToAction("Index", "Cart");
        var (priced, changed) = await carts.AcceptChangesAsync(cart, await carts.PriceAsync(cart, ct), ct);
        if (priced.IsEmpty)
        {
            TempData[CartPage.Warning] = NothingBuyable;
            return RedirectToAction("Index", "Cart");
        }
        var code = await carts.DiscountCodeAsync(cart, ct);
        OrderTotals totals;
        Domain.Checkout.DiscountOutcome? discount;
        var market = await markets.CurrentAsync(ct);
        try
        {
            (totals, discount) = OrderTotals.Quote(priced, draft.ShippingMethod, market, draft.Destination, code, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            // The shop stopped offering the chosen shipping to this address since step one.
            TempData["Message"] = CheckoutRefusals.InShoppersLanguage(e.Message);
            return RedirectToAction(nameof(Address));
        }
        string? clientToken = null;
        if (!gateway.IsSimulated && await gateway.CreateClientTokenAsync(ct) is ClientTokenResult.Issued created)
            clientToken = created.ClientToken;
        var userId = SignedIn && savedCards.Offered ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var cards = userId is null ? [] : await savedCards.ListAsync(userId, ct) ?? [];
        // A free-shipping code with express takes nothing: Pay places the order without it, and the review says why.
        var applies = discount is { Applies: true, TakesNothing: false };
        // A code the shopper has used as often as it allows: Pay would refuse it, so the review says so and quotes without it.
        var usedUp = applies && code is not null ? await checkout.CodeRefusalForAsync(code, SignedIn ? User.FindFirstValue(ClaimTypes.NameIdentifier) : null, OrderEmail(draft), ct) : null;
        if (usedUp is not null)
            (totals, applies) = (OrderTotals.Quote(priced, draft.ShippingMethod, market, draft.Destination, null, clock.GetUtcNow()).Totals, false);
        return View("Review", new ReviewPage(draft, priced, totals, applies ? cart.DiscountCode : null,
            draft.AttemptKey, gateway.IsSimulated, clientToken, quotes.Protect(OrderQuote.Of(priced, totals, draft.Destination, draft.ShippingMethod, OrderEmail(draft))), error, cards, userId is not null)
        {
            PayPal = braintree.Value.PayPal,
            AsksCvv = savedCards.AsksCvv,
            ShippingName = totals.ShippingName,
            // A code that stopped applying (the cart changed, staff switched it off) is named with why, never dropped in silence.
            CodeProblem = usedUp ?? (applies ? null : CartService.DiscountMessage(cart.DiscountCode, code, discount)),
            CodeRefused = usedUp is not null || discount is { Applies: false },
            CartChanges = changed.Select(CartChange).ToList(),
        });
    }

    /// <summary>What the review tells of a line it brought down to what can be bought.</summary>
    private static string CartChange(Domain.Cart.PricedCartLine l) => l.Quantity == 0
        ? ShopText.Translate("{0} sold out or is no longer sold: it was taken out of your cart.", CartPageLine.NameOf(l))
        : ShopText.Translate("Only {0} of {1} can be bought: your cart now holds {0}.", l.Quantity, l.DisplayName);

    private async Task<AddressPage> AddressPageAsync(CheckoutForm form, Domain.Cart.PricedCart priced, IReadOnlyList<SavedAddress> saved, CancellationToken ct)
    {
        var offers = (await markets.CurrentAsync(ct)).Shipping.OffersTo(form.CountryCode, form.Region, priced.ShippedSubtotal, priced.WeightGrams);
        return new AddressPage(form, priced, !SignedIn, offers, saved);
    }

    private async Task<Domain.Cart.PricedCart?> PricedCartAsync(CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null || cart.IsEmpty) return null;
        var priced = await carts.PriceAsync(cart, ct);
        if (priced.IsEmpty) TempData[CartPage.Warning] = NothingBuyable;
        return priced.IsEmpty ? null : priced;
    }

    private static string NothingBuyable => ShopText.Translate("Nothing in your cart can be bought any more: it sold out or is no longer sold.");

    /// <summary>Where the order's receipt goes: the account's address, or the one the guest typed.</summary>
    private string OrderEmail(CheckoutDraft draft) => SignedIn ? AccountEmail() : draft.Email ?? "";

    private string AccountEmail() => User.FindFirstValue(ClaimTypes.Email) ?? User.Identity?.Name ?? "";
}
