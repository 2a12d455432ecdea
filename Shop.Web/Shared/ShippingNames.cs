using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// How every page, mail and document names the shipping: the name the shop gave it where the shopper chose it
/// ("DHL Paket", kept on the order as <see cref="Order.ShippingName"/>), or "Standard shipping" translated.
/// </summary>
public static class ShippingNames
{
    /// <summary>"DHL Paket", or "Standard shipping".</summary>
    public static string Of(ShippingMethod method, string? shopsName) =>
        Named(method, shopsName) ?? ShopText.Translate(method + " shipping");

    /// <summary>"DHL Paket", or "Standard" (beside the word "Shipping").</summary>
    public static string Short(ShippingMethod method, string? shopsName) =>
        Named(method, shopsName) ?? ShopText.Translate(method.ToString());

    /// <summary>The order's shipping as the shopper chose it.</summary>
    public static string Of(Order order) => Of(order.ShippingMethod, order.ShippingName);

    /// <summary>The order's totals row: "Shipping (DHL Paket)".</summary>
    public static string Row(Order order) => $"{ShopText.Translate("Shipping")} ({Short(order.ShippingMethod, order.ShippingName)})";

    private static string? Named(ShippingMethod method, string? shopsName) =>
        shopsName is { Length: > 0 } name && name != method.ToString() ? name : null;
}
