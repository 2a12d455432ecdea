namespace Shop.Domain.Catalog;

/// <summary>
/// A price per base unit beside a price, "€13.32 / 1 l" (<see cref="NetContent"/>), written in the reader's language;
/// <paramref name="Content"/> is what the price is for (0.75 l).
/// </summary>
public readonly record struct UnitPrice(Money Price, NetContent Content)
{
    /// <summary>"1 l": the base unit the price is per.</summary>
    public string Per => Content.BaseUnit;

    /// <summary>The price per base unit of <paramref name="content"/> at <paramref name="price"/>; null when the content is not measured.</summary>
    public static UnitPrice? Of(Money price, NetContent? content) =>
        content is { } c ? new UnitPrice(new Money(price.Amount / c.InBaseUnits, price.Currency), c) : null;

    /// <summary>The unit price at the lowest of these prices (the first of equal ones), as a card showing "from" that price gives it.</summary>
    public static UnitPrice? AtLowest(IEnumerable<(decimal Price, NetContent? Content)> variants, string currency) =>
        variants.OrderBy(v => v.Price).Select(v => Of(new Money(v.Price, currency), v.Content)).FirstOrDefault();

    public override string ToString() => $"{Price} / {Per}";
}
