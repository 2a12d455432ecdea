using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Shared;
using Shop.Web.Languages;

namespace Shop.Web.Cart;

/// <summary>
/// The cart page, the mini-cart panel and their forms. Works without JavaScript: every form posts and redirects back to
/// the cart page; mini-cart.js sends <see cref="PanelHeader"/> to be sent to the panel instead.
/// </summary>
[Route("cart")]
public sealed class CartController(CartService carts, DiscountCodeGuesses guesses, ShopDbContext db, TimeProvider clock, IAttemptOrders attempts) : Controller
{
    /// <summary>Sent by mini-cart.js with a cart form: answer with the mini-cart panel rather than the cart page.</summary>
    public const string PanelHeader = "X-Shop-Panel";

    /// <summary>The cart page; <paramref name="to"/>, a country the shop ships to, is the one its shipping is estimated for from now on.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? to, CancellationToken ct)
    {
        // Told "sold out" at once, a Pay may be a double click's second post whose first placed the order on another node.
        // (TempData reads a stored Guid back as a Guid, not as the string it was given.)
        if (TempData.Peek(IAttemptOrders.Mark) is { } mark && Guid.TryParse(mark.ToString(), out var attempt))
        {
            TempData.Remove(IAttemptOrders.Mark);
            if (await attempts.ConfirmationAsync(attempt, ct) is { } placed)
            {
                TempData.Remove(CartPage.Warning);
                return Redirect(placed);
            }
        }
        var page = await carts.PageAsync(HttpContext, ct, to);
        if (to is not null && page.ShippingEstimateFor is { } country && string.Equals(country, to.Trim(), StringComparison.OrdinalIgnoreCase))
            ShipToCountry.Remember(HttpContext, country);
        return View(page);
    }

    /// <summary>The mini-cart's contents: lines, subtotal and the last message, a fragment for mini-cart.js.</summary>
    [HttpGet("panel")]
    public async Task<IActionResult> Panel(CancellationToken ct) => PartialView(await carts.PageAsync(HttpContext, ct));

    /// <summary>Checked by where it comes from, not by a token: the product pages it is posted from are shared from the cache.</summary>
    [HttpPost("add")]
    [IgnoreAntiforgeryToken, SameOriginOnly]
    public async Task<IActionResult> Add(CartLineForm form, [FromServices] IOptionWords words, CancellationToken ct)
    {
        if (form.Quantity < 1) ModelState.AddModelError(nameof(form.Quantity), ShopText.Translate("Add at least one."));
        if (!ModelState.IsValid) return await Invalid(ct);

        var language = LanguagePrefix.TranslatedCode(HttpContext);
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Id == form.VariantId && v.IsPublished && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .Select(v => new
            {
                Name = db.Set<ProductTranslation>().Where(t => t.ProductId == v.ProductId && t.Language == language).Select(t => t.Name).FirstOrDefault()
                       ?? db.Products.First(p => p.Id == v.ProductId).Name,
                v.Option1, v.Option2, v.Option3, v.StockOnHand,
            })
            .FirstOrDefaultAsync(ct);
        if (variant is null) return NotFound();
        var name = OrderLine.NameWithVariant(variant.Name,
            (await words.ForAsync(LanguagePrefix.Of(HttpContext))).TitleOf(variant.Option1, variant.Option2, variant.Option3));
        if (variant.StockOnHand == 0)
        {
            TempData[CartPage.Warning] = ShopText.Translate("Sorry, {0} is sold out.", name);
            return Back();
        }

        var cart = await carts.GetOrCreateAsync(HttpContext, ct);
        if (!cart.HasRoomFor(form.VariantId))
        {
            // The cart stays as it is; the shopper is told why and what to do.
            ModelState.AddModelError("", ShopText.Translate("Your cart already holds {0} different products, the most it can. Remove one to add {1}.",
                ShoppingCart.MaxLines, name));
            return await Invalid(ct, StatusCodes.Status409Conflict);
        }
        var had = cart.QuantityOf(form.VariantId);
        var holds = cart.Add(form.VariantId, form.Quantity, clock.GetUtcNow(), variant.StockOnHand);
        await carts.SaveAsync(cart, ct);
        // One message: what was added, or why fewer were (stock or the per-line limit), never both.
        if (holds - had == form.Quantity) TempData["Message"] = ShopText.Translate("Added {0} to your cart.", name);
        else TempData[CartPage.Warning] = holds == variant.StockOnHand
            ? ShopText.Translate("Only {0} of {1} left: your cart holds all {0}.", holds, name)
            : ShopText.Translate("You can buy at most {0} of {1}: your cart holds {2}.", ShoppingCart.MaxQuantityPerLine, name, holds);
        return Back();
    }

    [HttpPost("update")]
    public async Task<IActionResult> Update(CartLineForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Invalid(ct);
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null || cart.QuantityOf(form.VariantId) == 0) return Back();
        cart.ChangeQuantity(form.VariantId, form.Wanted, clock.GetUtcNow());
        await carts.SaveAsync(cart, ct);
        TempData["Message"] = ShopText.Translate(form.Wanted == 0 ? "Removed from your cart." : "Cart updated.");
        return Back();
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(int variantId, CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is not null)
        {
            cart.Remove(variantId, clock.GetUtcNow());
            await carts.SaveAsync(cart, ct);
            TempData["Message"] = ShopText.Translate("Removed from your cart.");
        }
        return Back();
    }

    [HttpPost("discount")]
    public async Task<IActionResult> ApplyDiscount(DiscountCodeForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Invalid(ct);
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null) return RedirectToAction(nameof(Index));
        if (await guesses.RefusalAsync(HttpContext, cart, form.Code, ct) is { } refusal)
        {
            RetryAfter.Set(Response, refusal.RetryAfter);
            ModelState.AddModelError(nameof(form.Code), refusal.Message);
            return await Invalid(ct, StatusCodes.Status429TooManyRequests);
        }
        if (await carts.KeepsItsCodeAsync(cart, form.Code, ct) is { } kept)
        {
            ModelState.AddModelError(nameof(form.Code), kept);
            return await Invalid(ct, StatusCodes.Status409Conflict);
        }
        cart.UseDiscountCode(form.Code, clock.GetUtcNow());
        await carts.SaveAsync(cart, ct);
        return RedirectToAction(nameof(Index));
    }

    /// <param name="backToReview">Posted from checkout's review page, which the shopper returns to.</param>
    [HttpPost("discount/remove")]
    public async Task<IActionResult> RemoveDiscount(bool backToReview, CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is not null)
        {
            cart.UseDiscountCode(null, clock.GetUtcNow());
            await carts.SaveAsync(cart, ct);
        }
        return backToReview ? Redirect("~/checkout/review") : RedirectToAction(nameof(Index));
    }

    /// <summary>A form the shopper got wrong (400) or the cart cannot take (409): the cart page (or panel) again, with the message.</summary>
    private async Task<IActionResult> Invalid(CancellationToken ct, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        var page = await carts.PageAsync(HttpContext, ct);
        return WantsPanel ? PartialView(nameof(Panel), page) : View(nameof(Index), page);
    }

    private bool WantsPanel => Request.Headers.ContainsKey(PanelHeader);

    /// <summary>After a change: the cart page, or the panel when mini-cart.js asked for it.</summary>
    private RedirectToActionResult Back() => RedirectToAction(WantsPanel ? nameof(Panel) : nameof(Index));
}
