namespace Shop.Domain.Markets;

/// <summary>Which of a tax zone's rates a product pays: books and food are often reduced, some goods zero-rated.</summary>
public enum TaxClass
{
    Standard = 1,
    Reduced = 2,
    Zero = 3,
}
