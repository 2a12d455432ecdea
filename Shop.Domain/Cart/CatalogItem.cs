namespace Shop.Domain.Cart;

/// <summary>
/// What the catalog says about a product's variant at pricing time: the only trusted source of name, SKU, price and
/// stock. A variant that is unpublished or deleted is simply absent from the lookup, or present with
/// <see cref="IsForSale"/> false. <see cref="WeightGrams"/> is the variant's weight, else its product's.
/// <see cref="CategoryId"/> is for discount codes limited to some categories. <see cref="IsDigital"/>: the product is
/// not shipped (see <see cref="Catalog.Product.IsDigital"/>).
/// </summary>
public sealed record CatalogItem(int VariantId, int ProductId, string Name, string VariantTitle, string Sku, Money UnitPrice,
    int StockOnHand, bool IsForSale = true, Markets.TaxClass TaxClass = Markets.TaxClass.Standard, int WeightGrams = 0,
    int? CategoryId = null, bool IsDigital = false);
