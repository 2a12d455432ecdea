using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Cart;

/// <summary>The "Cart (3)" link in the header.</summary>
public sealed class CartBadgeViewComponent(CartService carts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() =>
        View(await carts.CountAsync(CartOwner.Of(HttpContext), HttpContext.RequestAborted));
}
