namespace Shop.Domain.Cart;

/// <summary>
/// What the catalog says about a product at pricing time: the only trusted source of name, SKU, price and stock.
/// A product that is unpublished or deleted is simply absent from the lookup, or present with
/// <see cref="IsForSale"/> false.
/// </summary>
public sealed record CatalogItem(int ProductId, string Name, string Sku, Money UnitPrice, int StockOnHand, bool IsForSale = true);
