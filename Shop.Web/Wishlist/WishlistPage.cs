using Shop.Domain;
using Shop.Domain.Catalog;

namespace Shop.Web.Wishlist;

/// <summary>
/// A signed-in shopper's saved products, newest first, each with the variants that can go in the cart now.
/// <see cref="WishedProduct.PriceVaries"/>: its variants cost different amounts, so the price reads "from", as on the lists.
/// </summary>
public sealed record WishlistPage(IReadOnlyList<WishedProduct> Products);

public sealed record WishedProduct(int ProductId, string Name, string Slug, string? ImagePath, Money Price, StockState Stock,
    IReadOnlyList<WishedVariant> InStock, bool PriceVaries = false);

/// <summary>A variant on sale and in stock, at its own price; <see cref="Title"/> is empty for a product without options.</summary>
public sealed record WishedVariant(int Id, string Title, Money Price);
