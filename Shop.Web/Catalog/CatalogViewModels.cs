using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Reviews;
using Shop.Domain.Search;

namespace Shop.Web.Catalog;

/// <summary>
/// A product in a list. <see cref="PriceVaries"/>: its variants cost different amounts, so the price reads "from";
/// <see cref="Rating"/>: its approved reviews.
/// </summary>
public sealed record ProductCard(string Name, string Slug, Money Price, Money? CompareAtPrice, StockState Stock, string? ImagePath,
    string CategoryName, bool PriceVaries = false)
{
    public int ProductId { get; init; }
    public Rating Rating { get; init; }
    /// <summary>The price per 1 kg, 1 l or 1 m at <see cref="Price"/>, for goods sold by measure (<see cref="UnitPrice.AtLowest"/>).</summary>
    public UnitPrice? UnitPrice { get; init; }
    /// <summary>Which category <see cref="CategoryName"/> names, to put it in the shopper's language.</summary>
    public string CategorySlug { get; init; } = "";

    /// <summary>
    /// The card of a product whose variants on sale cost <paramref name="low"/> to <paramref name="high"/> and hold
    /// <paramref name="onHand"/> units: it shows the lowest price, and a reduction from the product's price only when
    /// that is its own price (<see cref="WasPrice"/>, with the lowest prior price of its variants at that price).
    /// </summary>
    public static ProductCard Of(string name, string slug, Prices prices, decimal low, decimal high, int onHand,
        string? imagePath, string categoryName, string currency, ReductionRule rule) =>
        new(name, slug, new Money(low, currency), low == prices.Price ? WasPrice(rule, prices, currency) : null,
            StockState.Of(onHand), imagePath, categoryName, PriceVaries: high != low);

    /// <summary>The struck-through price beside a price (<see cref="Reduction.Struck"/>), or none.</summary>
    public static Money? WasPrice(ReductionRule rule, Prices prices, string currency) =>
        Reduction.Struck(rule, prices.Price, prices.CompareAt, prices.LowestPrior) is { } was ? new Money(was, currency) : null;

    /// <summary>A price, the compare-at price staff typed, and the lowest price of the 30 days before it began.</summary>
    public readonly record struct Prices(decimal Price, decimal? CompareAt, decimal? LowestPrior);
}

/// <summary>
/// How a product card's picture loads. Cards further down a page wait until they are scrolled near; the first cards of a
/// product list are on the first screen, and one of their pictures is usually the largest thing painted there, so they load
/// at once instead of after layout, the first row ahead of the rest.
/// </summary>
public enum CardPicture { Lazy, Eager, Priority }

public static class CardPictures
{
    /// <summary>The view data entry a list sets for each card it renders (cards without one load lazily).</summary>
    public const string ViewDataKey = "CardPicture";

    /// <summary>Two cards a row on phones, three from tablets up: the first row has priority, the first four load at once.</summary>
    public static CardPicture InList(int index) => index < 2 ? CardPicture.Priority : index < 4 ? CardPicture.Eager : CardPicture.Lazy;
}

public sealed record CategoryLink(string Name, string Slug, int ProductCount);

public sealed record HomePage(IReadOnlyList<ProductCard> Featured, IReadOnlyList<ProductCard> OnSale, IReadOnlyList<CategoryLink> Categories);

/// <summary>
/// One page of a category or search listing, with its facets; <see cref="DidYouMean"/> the words corrected when only a
/// correction found something, <see cref="SomeWordsOnly"/> when no product has every word, <see cref="Popular"/> the
/// categories to offer when nothing is found.
/// </summary>
public sealed record ProductListPage(
    string Title,
    string? CategorySlug,
    string? CategoryDescription,
    ProductFilter Filter,
    IReadOnlyList<ProductCard> Products,
    int TotalCount)
{
    public int PageCount => Math.Max(1, (TotalCount + ProductFilter.PageSize - 1) / ProductFilter.PageSize);
    public int FirstShown => TotalCount == 0 ? 0 : (Filter.Page - 1) * ProductFilter.PageSize + 1;
    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Products.Count - 1;
    public bool IsSearch => CategorySlug is null;
    public IReadOnlyList<Facet> Facets { get; init; } = [];
    public string? DidYouMean { get; init; }
    public bool SomeWordsOnly { get; init; }
    public IReadOnlyList<CategoryLink> Popular { get; init; } = [];
}

/// <summary>
/// An option and its values as the catalog writes them (what the picker posts and links carry), and as the shopper reads
/// them: <see cref="Label"/> and <see cref="Labels"/>, the same unless staff translated the words (<see cref="ProductTexts"/>).
/// </summary>
public sealed record OptionView(string Name, IReadOnlyList<string> Values)
{
    public string Label { get; init; } = Name;
    public IReadOnlyList<string> Labels { get; init; } = Values;

    /// <summary>How one of its values reads.</summary>
    public string LabelOf(string value)
    {
        for (var i = 0; i < Values.Count; i++)
            if (string.Equals(Values[i], value, StringComparison.OrdinalIgnoreCase)) return Labels[i];
        return value;
    }
}

/// <summary>A variant on sale as the product page shows it: its values as the catalog writes them, its title as the shopper reads it.</summary>
public sealed record VariantView(int Id, string Sku, IReadOnlyList<string> Values, string Title, Money Price, Money? CompareAtPrice,
    StockState Stock, string? ImagePath, UnitPrice? UnitPrice = null, string? Gtin = null);

/// <summary>A picture of the gallery and staff's description of it ("" when they gave none: <see cref="ProductPage.Describe"/>).</summary>
public sealed record GalleryImage(string Path, string AltText);

/// <summary>A product page as everybody sees it (cached); <see cref="Choose"/> picks the variant one request shows.</summary>
public sealed record ProductPage(
    int Id,
    string Name,
    string Slug,
    string Description,
    IReadOnlyList<OptionView> Options,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<GalleryImage> Images,
    CategoryLink Category,
    IReadOnlyList<ProductCard> Related)
{
    public bool HasOptions => Options.Count > 0;

    /// <summary>Not shipped: the page promises no delivery time.</summary>
    public bool IsDigital { get; init; }

    /// <summary>Who makes it; null: the shop's own goods.</summary>
    public string? Brand { get; init; }

    /// <summary>The product's approved reviews, newest first (at most <see cref="ProductRatings.ShownReviews"/>), and their rating.</summary>
    public IReadOnlyList<ReviewView> Reviews { get; init; } = [];
    public Rating Rating { get; init; }

    /// <summary>
    /// The variant asked for by id (a shared link) or by option values (the picker without JavaScript); otherwise the
    /// first one in stock. <see cref="ProductChoice.Unavailable"/> when the asked-for combination is not on sale.
    /// </summary>
    public ProductChoice Choose(int? variantId, IReadOnlyList<string?> values)
    {
        var byId = variantId is { } id ? Variants.FirstOrDefault(v => v.Id == id) : null;
        if (byId is not null) return new ProductChoice(this, byId, byId.Values, false);
        var asked = Options.Select((o, i) => i < values.Count ? o.Values.FirstOrDefault(x => string.Equals(x, values[i]?.Trim(), StringComparison.OrdinalIgnoreCase)) : null).ToList();
        var fallback = Variants.FirstOrDefault(v => !v.Stock.IsSoldOut) ?? Variants[0];
        if (asked.Count == 0 || asked.All(a => a is null)) return new ProductChoice(this, fallback, fallback.Values, false);
        var chosen = asked.Select((a, i) => a ?? fallback.Values[i]).ToList();
        var match = With(chosen);
        return match is not null ? new ProductChoice(this, match, chosen, false) : new ProductChoice(this, fallback, chosen, true);
    }

    /// <summary>The variant on sale with exactly these values, if any.</summary>
    public VariantView? With(IReadOnlyList<string> values) =>
        Variants.FirstOrDefault(v => v.Values.SequenceEqual(values, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// What a picture shows, as its alt text: staff's description; else the product's name and the values every variant
    /// showing it shares ("Organic Cotton T-Shirt, Sage"), as the shopper reads them.
    /// </summary>
    public GalleryImage Describe(GalleryImage image)
    {
        if (image.AltText.Length > 0) return image;
        var showing = Variants.Where(v => v.ImagePath == image.Path).ToList();
        var shared = showing.Count == 0 ? [] : Options.Select((option, i) =>
            showing.All(v => string.Equals(v.Values[i], showing[0].Values[i], StringComparison.OrdinalIgnoreCase)) ? option.LabelOf(showing[0].Values[i]) : null)
            .OfType<string>().ToList();
        return image with { AltText = shared.Count == 0 ? Name : $"{Name}, {string.Join(" / ", shared)}" };
    }
}

/// <summary>
/// What one request of a product page shows: the chosen values and the variant they name (or, when that combination
/// is not on sale, <see cref="Unavailable"/> and a variant to show price and pictures from).
/// </summary>
public sealed record ProductChoice(ProductPage Product, VariantView Variant, IReadOnlyList<string> Values, bool Unavailable)
{
    public bool CanBuy => !Unavailable && !Variant.Stock.IsSoldOut;

    /// <summary>Whether picking <paramref name="value"/> for option <paramref name="option"/> (keeping the others) finds something to buy.</summary>
    public bool Offers(int option, string value)
    {
        var values = Values.ToList();
        values[option] = value;
        return Product.With(values) is { Stock.IsSoldOut: false };
    }

    /// <summary>The chosen variant's picture first, then the rest of the gallery, each described (<see cref="ProductPage.Describe"/>).</summary>
    public IReadOnlyList<GalleryImage> Gallery =>
        (Variant.ImagePath is { } path && Product.Images.FirstOrDefault(i => i.Path == path) is { } own
            ? [own, .. Product.Images.Where(i => i != own)]
            : Product.Images).Select(Product.Describe).ToList();
}

/// <summary>An approved review as the product page shows it: plain text, with the shop's reply if any.</summary>
/// <param name="Language">The language it was written in ("de"); null when not known (written before the shop kept it).</param>
public sealed record ReviewView(string Author, int Stars, string Text, string? Reply, DateTimeOffset WrittenAt, string? Language);
