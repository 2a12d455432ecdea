using Shop.Domain.Catalog;
using Shop.Domain.Ordering;

namespace Shop.Web.Live;

/// <summary>The names of the messages the hubs send; the page scripts listen for the same names.</summary>
public static class LiveMessages
{
    /// <summary>Catalog hub, product group: <see cref="StockUpdate"/>.</summary>
    public const string Stock = "stock";

    /// <summary>Account hub (the order's owner) and staff hub: <see cref="OrderUpdate"/>.</summary>
    public const string Order = "order";

    /// <summary>Staff hub: <see cref="OrderUpdate"/> of an order just paid.</summary>
    public const string NewOrder = "newOrder";

    /// <summary>Staff hub: <see cref="StockUpdate"/> of a variant that just ran low or sold out.</summary>
    public const string LowStock = "lowStock";
}

/// <summary>What a product page shows about one variant's stock: the label, and whether it can still be added to a cart.</summary>
public sealed record StockUpdate(int ProductId, int VariantId, int OnHand, string Label, bool SoldOut, bool Low, int MaxQuantity, string? Name = null)
{
    public static StockUpdate Of(int productId, int variantId, int onHand, string? name = null)
    {
        var state = StockState.Of(onHand);
        return new StockUpdate(productId, variantId, state.OnHand, state.Label, state.IsSoldOut, state.IsLow,
            Math.Min(Shop.Domain.Cart.ShoppingCart.MaxQuantityPerLine, state.OnHand), name);
    }
}

/// <summary>An order's new state, enough for a toast; pages fetch their own rendering of it.</summary>
public sealed record OrderUpdate(string Number, string Status, string? TrackingNumber, string Total)
{
    public static OrderUpdate Of(Order order) =>
        new(order.Number, order.Status.ToString(), order.TrackingNumber, order.Total.ToString());
}
