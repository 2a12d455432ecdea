using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Cart;
using Shop.Web.Data;

namespace Shop.Web.Cart;

/// <summary>The cart page and its forms. Works without JavaScript: every form posts and redirects back.</summary>
[Route("cart")]
public sealed class CartController(CartService carts, ShopDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await carts.PageAsync(HttpContext, ct));

    [HttpPost("add")]
    public async Task<IActionResult> Add(CartLineForm form, CancellationToken ct)
    {
        if (form.Quantity < 1) ModelState.AddModelError(nameof(form.Quantity), "Add at least one.");
        if (!ModelState.IsValid) return await Invalid(ct);

        var product = await db.Products.AsNoTracking()
            .Where(p => p.Id == form.ProductId && p.IsPublished)
            .Select(p => new { p.Name, p.StockOnHand })
            .FirstOrDefaultAsync(ct);
        if (product is null) return NotFound();
        if (product.StockOnHand == 0)
        {
            TempData["Message"] = $"Sorry, {product.Name} is sold out.";
            return RedirectToAction(nameof(Index));
        }

        var cart = await carts.GetOrCreateAsync(HttpContext, ct);
        if (!cart.HasRoomFor(form.ProductId))
        {
            // The cart stays as it is; the shopper is told why and what to do.
            ModelState.AddModelError("", $"Your cart already holds {ShoppingCart.MaxLines} different products, the most it can. Remove one to add {product.Name}.");
            return await Invalid(ct, StatusCodes.Status409Conflict);
        }
        cart.Add(form.ProductId, form.Quantity, clock.GetUtcNow());
        await carts.SaveAsync(cart, ct);
        TempData["Message"] = $"Added {product.Name} to your cart.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("update")]
    public async Task<IActionResult> Update(CartLineForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Invalid(ct);
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null || cart.QuantityOf(form.ProductId) == 0) return RedirectToAction(nameof(Index));
        cart.ChangeQuantity(form.ProductId, form.Quantity, clock.GetUtcNow());
        await carts.SaveAsync(cart, ct);
        TempData["Message"] = form.Quantity == 0 ? "Removed from your cart." : "Cart updated.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("remove")]
    public async Task<IActionResult> Remove(int productId, CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is not null)
        {
            cart.Remove(productId, clock.GetUtcNow());
            await carts.SaveAsync(cart, ct);
            TempData["Message"] = "Removed from your cart.";
        }
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("discount")]
    public async Task<IActionResult> ApplyDiscount(DiscountCodeForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid) return await Invalid(ct);
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is null) return RedirectToAction(nameof(Index));
        cart.UseDiscountCode(form.Code, clock.GetUtcNow());
        await carts.SaveAsync(cart, ct);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("discount/remove")]
    public async Task<IActionResult> RemoveDiscount(CancellationToken ct)
    {
        var cart = await carts.FindAsync(CartOwner.Of(HttpContext), ct);
        if (cart is not null)
        {
            cart.UseDiscountCode(null, clock.GetUtcNow());
            await carts.SaveAsync(cart, ct);
        }
        return RedirectToAction(nameof(Index));
    }

    /// <summary>A form the shopper got wrong (400) or the cart cannot take (409): the cart page again, with the message.</summary>
    private async Task<IActionResult> Invalid(CancellationToken ct, int status = StatusCodes.Status400BadRequest)
    {
        Response.StatusCode = status;
        return View(nameof(Index), await carts.PageAsync(HttpContext, ct));
    }
}
