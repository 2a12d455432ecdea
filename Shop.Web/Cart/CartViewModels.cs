using Shop.Domain;
using Shop.Domain.Cart;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Cart;

public sealed record CartPageLine(PricedCartLine Line, string? Slug, string? ImagePath)
{
    /// <summary>The variant is gone from the catalog (removed by staff): nothing is known of it but that.</summary>
    public bool IsGone => Gone(Line);

    /// <summary>"Linen Shirt — M / Blue", in the shopper's words for a line whose variant is gone.</summary>
    public string Name => NameOf(Line);

    /// <summary>How the shopper is shown a cart line's name, wherever it is named.</summary>
    public static string NameOf(PricedCartLine line) => Gone(line) ? ShopText.Translate("An item no longer sold") : line.DisplayName;

    private static bool Gone(PricedCartLine line) => line.ProductId == 0;

    /// <summary>Why the line is not as the shopper left it, in their language.</summary>
    public string? Notice => Line.Status switch
    {
        CartLineStatus.CappedByStock => Line.Quantity == 0 ? ShopText.Translate("Sold out") : ShopText.Translate("Only {0} left: quantity reduced", Line.Quantity),
        CartLineStatus.CappedByLineLimit => ShopText.Translate("At most {0} per order", ShoppingCart.MaxQuantityPerLine),
        CartLineStatus.Unavailable => ShopText.Translate("Sold out or no longer sold: it is left out at checkout"),
        _ => null,
    };
}

/// <summary>The cart page: lines, subtotal, discount, shipping estimate (standard), tax and total.</summary>
public sealed record CartPage(
    IReadOnlyList<CartPageLine> Lines,
    PricedCart? Priced,
    OrderTotals? Totals,
    string? DiscountCode,
    bool DiscountApplies,
    string? DiscountMessage)
{
    /// <summary>The TempData key of a message that is a caution rather than a success (fewer added than asked).</summary>
    public const string Warning = "CartWarning";

    public bool IsEmpty => Priced is null || Priced.IsEmpty;

    /// <summary>Units the cart can sell, as the header badge counts them.</summary>
    public int ItemCount => Priced?.ItemCount ?? 0;
    public bool NeedsReview => Priced?.NeedsReview == true;

    /// <summary>Tax is added on top by the address, not known yet: the total is an estimate (<see cref="Domain.Markets.TaxPolicy.AddsTaxByAddress"/>).</summary>
    public bool TaxAtCheckout { get; init; }

    /// <summary>
    /// The country the shipping estimate is for, when shipping differs by country (zones): the one the shopper chose or
    /// last gave at checkout, else the shop's own, so they read "Shipping to Germany". Null: the same everywhere.
    /// </summary>
    public string? ShippingEstimateFor { get; init; }

    /// <summary>The countries the shopper may choose for the estimate (those the shop ships to); empty without zones.</summary>
    public IReadOnlyList<string> ShippingCountries { get; init; } = [];

    public static CartPage Empty { get; } = new([], null, null, null, false, null);
}

/// <summary>The add / update form: a product's variant and how many. Nothing else is read from the form.</summary>
public sealed class CartLineForm
{
    public int VariantId { get; set; }
    public int Quantity { get; set; } = 1;

    /// <summary>The − or + stepper pressed (−1 or 1), counted from <see cref="Quantity"/>; 0 when none was.</summary>
    public int Step { get; set; }

    /// <summary>The quantity the shopper asks for: what the box says, stepped.</summary>
    public int Wanted => Quantity + Step;
}

public sealed class DiscountCodeForm
{
    public string? Code { get; set; }
}
