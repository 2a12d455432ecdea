namespace Shop.Domain.Catalog;

/// <summary>
/// Something the shop sells, in one or more variants (<see cref="ProductVariant"/>): up to three options (Size,
/// Colour, ...) and one variant per combination of their values, or no options and one default variant. Stock lives
/// on the variants and never goes below zero. The gallery's first picture is the product's main picture.
/// </summary>
public partial class Product
{
    public const int MaxOptions = 3;
    public const int MaxVariants = 100;
    public const int MaxImages = 12;
    /// <summary>The highest price a product or variant may have (1,000,000 in the shop's currency).</summary>
    public const decimal MaxPrice = 1_000_000m;

    private readonly List<ProductOption> _options = [];
    private readonly List<ProductVariant> _variants = [];
    private readonly List<ProductImage> _images = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    /// <summary>The product's SKU; also its default variant's while it has no options.</summary>
    public string Sku { get; private set; } = "";
    public string Description { get; private set; } = "";
    /// <summary>The price of every variant that has none of its own.</summary>
    public decimal Price { get; private set; }
    /// <summary>The "was" price shown struck through; only meaningful when above the price.</summary>
    public decimal? CompareAtPrice { get; private set; }
    public int CategoryId { get; private set; }
    /// <summary>Which of a tax zone's rates its variants pay.</summary>
    public Markets.TaxClass TaxClass { get; private set; } = Markets.TaxClass.Standard;
    /// <summary>The weight of every variant that has none of its own; shipping by weight reads it.</summary>
    public int? WeightGrams { get; private set; }
    /// <summary>How much every variant without its own holds ("500 ml"): its price per 1 l shows beside the price.</summary>
    public decimal? ContentAmount { get; private set; }
    public ContentUnit? ContentUnit { get; private set; }
    public NetContent? Content => NetContent.Of(ContentAmount, ContentUnit);
    /// <summary>Not shipped (an e-book, a download, a voucher by mail): weighs nothing, taxed where the buyer is billed.</summary>
    public bool IsDigital { get; private set; }
    /// <summary>Who makes it, as listings and structured data name it; null: the shop's own goods (<see cref="MadeBy"/>).</summary>
    public string? Brand { get; private set; }
    public const int BrandMax = 70;
    public Category? Category { get; private set; }
    public bool IsPublished { get; private set; }
    /// <summary>The main picture: the gallery's first, kept here so lists read it without the gallery.</summary>
    public string? ImagePath { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>Kept because past orders point at it, but no longer sold or shown: it can never be published again.</summary>
    public bool IsArchived { get; private set; }
    /// <summary>
    /// Goes up with every staff change (<see cref="Touch"/>). The database only saves an edit made from the version the
    /// editor saw, so two staff editing one product cannot silently overwrite each other.
    /// </summary>
    public int Version { get; private set; }

    // A server database returns a product's rows in any order; the product shows them in position order.
    public IReadOnlyList<ProductOption> Options => InPositionOrder(_options, o => o.Position);
    public IReadOnlyList<ProductVariant> Variants => InPositionOrder(_variants, v => v.Position);
    public IReadOnlyList<ProductImage> Images => InPositionOrder(_images, i => i.Position);

    private static List<T> InPositionOrder<T>(List<T> items, Func<T, int> position)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (position(items[i - 1]) <= position(items[i])) continue;
            items.Sort((a, b) => position(a).CompareTo(position(b)));
            break;
        }
        return items;
    }

    private Product() { }

    public Product(string name, string slug, string sku, string description, decimal price, int categoryId, DateTimeOffset now)
    {
        Rename(name, slug);
        Describe(description);
        Reprice(price, null);
        CategoryId = categoryId;
        CreatedAt = UpdatedAt = now;
        _variants.Add(new ProductVariant(sku, [], 0));
        ChangeSku(sku);
    }

    /// <summary>Sets the tax class and the weight its variants fall back to.</summary>
    public void Classify(Markets.TaxClass taxClass, int? weightGrams)
    {
        if (!Enum.IsDefined(taxClass)) throw new DomainException($"'{taxClass}' is not a tax class.");
        if (weightGrams is < 0 or > ProductVariant.MaxWeightGrams) throw new DomainException($"A weight is between 0 and {ProductVariant.MaxWeightGrams} grams.");
        (TaxClass, WeightGrams) = (taxClass, weightGrams);
    }

    /// <summary>What its variants hold unless they say otherwise (null: not sold by weight, volume, length or area).</summary>
    public void Measure(NetContent? content) => (ContentAmount, ContentUnit) = (content?.Amount, content?.Unit);

    /// <summary>What a variant holds, from the stored columns as queries read them: its own content, or the product's.</summary>
    public static NetContent? ContentOf(decimal? variantAmount, ContentUnit? variantUnit, decimal? productAmount, ContentUnit? productUnit) =>
        NetContent.Of(variantAmount, variantUnit) ?? NetContent.Of(productAmount, productUnit);

    /// <summary>Names the brand ("Le Creuset"); empty: none of its own.</summary>
    public void MadeBy(string? brand) => Brand = string.IsNullOrWhiteSpace(brand) ? null : Guard.Text(brand, "Brand", BrandMax);

    /// <summary>Sells the product as a digital good (not shipped), or as a shipped one again.</summary>
    public void MarkDigital(bool isDigital) => IsDigital = isDigital;

    public bool IsOnSale => CompareAtPrice is { } was && was > Price;

    public bool HasOptions => _options.Count > 0;

    /// <summary>The variant of a product without options (or the first one of a product with them).</summary>
    public ProductVariant DefaultVariant => _variants.OrderBy(v => v.Position).First();

    /// <summary>Units on hand across the published variants: "in stock" when any of them is.</summary>
    public StockState Stock => StockState.Of(_variants.Where(v => v.IsPublished).Sum(v => v.StockOnHand));

    public decimal PriceOf(ProductVariant variant) => variant.Price ?? Price;

    public decimal? CompareAtPriceOf(ProductVariant variant) => ProductVariant.WasPrice(variant.Price, variant.CompareAtPrice, CompareAtPrice);

    public ProductVariant Variant(int variantId) =>
        _variants.Find(v => v.Id == variantId) ?? throw new DomainException("That variant is not one of this product's.");

    public void Rename(string name, string slug)
    {
        Name = Guard.Text(name, nameof(name), 200);
        Slug = Catalog.Slug.Require(slug);
    }

    public void Describe(string description) => Description = Guard.Text(description, nameof(description), 4000, allowEmpty: true);

    public void Reprice(decimal price, decimal? compareAtPrice)
    {
        if (price <= 0m) throw new DomainException("A price must be above zero.");
        if (price > MaxPrice) throw new DomainException($"A price must be at most 1,000,000.");
        if (compareAtPrice is <= 0m) throw new DomainException("A compare-at price must be above zero.");
        if (compareAtPrice > MaxPrice) throw new DomainException($"A compare-at price must be at most 1,000,000.");
        Price = decimal.Round(price, CurrencyDigits.Most, MidpointRounding.AwayFromZero);
        CompareAtPrice = compareAtPrice is { } c ? decimal.Round(c, CurrencyDigits.Most, MidpointRounding.AwayFromZero) : null;
    }

    /// <summary>
    /// Changes the product's price and every variant's own price by <paramref name="change"/>; compare-at prices stay
    /// while above the new price (<see cref="WasAbove"/>). All or nothing: a price that would fall to zero leaves every
    /// price as it was.
    /// </summary>
    public void ChangePrices(PriceChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var price = change.Of(Price);
        var prices = _variants.Select(v => (Variant: v, Own: v.Price is { } own ? change.Of(own) : (decimal?)null)).ToList();
        Reprice(price, WasAbove(CompareAtPrice, price));
        foreach (var (variant, own) in prices) variant.Reprice(own, WasAbove(variant.CompareAtPrice, own ?? price));
    }

    /// <summary>Whether <paramref name="change"/> at least doubles the product's price or a variant's own (<see cref="PriceChange.AtLeastDoubles"/>).</summary>
    public bool PriceAtLeastDoubles(PriceChange change) =>
        change.AtLeastDoubles(Price) || _variants.Any(v => v.Price is { } own && change.AtLeastDoubles(own));

    /// <summary>A compare-at ("was") price still above <paramref name="price"/>, or none: one at or below it is no sale any more.</summary>
    private static decimal? WasAbove(decimal? compareAt, decimal price) => compareAt > price ? compareAt : null;

    /// <summary>Sets the stock of a product without options (its one variant).</summary>
    public void SetStock(int onHand) => SingleVariant().SetStock(onHand);

    public void SetStock(int variantId, int onHand) => Variant(variantId).SetStock(onHand);

    public void ChangeSku(string sku)
    {
        Sku = Guard.Text(sku, nameof(sku), ProductVariant.MaxSkuLength).ToUpperInvariant();
        if (!HasOptions) SingleVariant().ChangeSku(Sku);
    }

    public void MoveToCategory(int categoryId) => CategoryId = categoryId;

    public void Publish()
    {
        if (IsArchived) throw new DomainException("An archived product cannot be published again.");
        IsPublished = true;
    }

    /// <summary>Takes the product off sale for good while past orders keep pointing at it.</summary>
    public void Archive()
    {
        IsArchived = true;
        IsPublished = false;
    }

    public void Unpublish() => IsPublished = false;

    public void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Version++;
    }

    /// <summary>
    /// Sets the product's options and makes one variant per combination of their values. A variant whose combination
    /// still exists keeps its id, SKU, price and stock (a renamed value keeps its place); new combinations start with
    /// no stock and a SKU made from the product's; combinations that no longer exist go. Going from no options to some,
    /// the default variant becomes the first combination, keeping its stock.
    /// </summary>
    public void DefineOptions(IReadOnlyList<(string Name, IReadOnlyList<string> Values)> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count > MaxOptions) throw new DomainException($"A product has at most {MaxOptions} options.");
        var defined = options.Select((o, i) => new ProductOption(i + 1, o.Name, o.Values)).ToList();
        if (defined.Select(o => o.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != defined.Count)
            throw new DomainException("Two options have the same name.");
        var combinations = Combinations(defined);
        if (combinations.Count > MaxVariants)
            throw new DomainException($"Those options make {combinations.Count} variants; a product has at most {MaxVariants}.");

        var old = _options.ToList();
        var survivors = new List<ProductVariant>();
        var oldVariants = _variants.OrderBy(v => v.Position).ToList();
        foreach (var values in combinations)
        {
            var kept = oldVariants.FirstOrDefault(v => !survivors.Contains(v) && SameCombination(v, old, values, defined))
                       ?? (survivors.Count == 0 && (old.Count == 0 || defined.Count == 0) ? oldVariants.FirstOrDefault() : null);
            if (kept is null)
            {
                kept = new ProductVariant(UniqueSku(values), values, 0);
                _variants.Add(kept);
            }
            else if (old.Count == 0 && defined.Count > 0)
            {
                kept.ChangeSku(UniqueSku(values)); // it carried the product's SKU
            }
            kept.Choose(values);
            kept.Position = survivors.Count;
            survivors.Add(kept);
        }
        _variants.RemoveAll(v => !survivors.Contains(v));
        _options.Clear();
        _options.AddRange(defined);
        if (!HasOptions) DefaultVariant.ChangeSku(Sku);
    }

    /// <summary>Changes one variant as staff edit it in the grid; a price equal to the product's is stored as "the product's".</summary>
    public void ChangeVariant(int variantId, string sku, decimal? price, decimal? compareAtPrice, int? weightGrams, string? imagePath, bool published,
        NetContent? content = null)
    {
        Apply(new VariantChange(variantId, sku, price, compareAtPrice, weightGrams, imagePath, published, content, Variant(variantId).Gtin));
        CheckVariants();
    }

    /// <summary>
    /// Staff's whole variant grid in one go: every row as <see cref="ChangeVariant"/>, and only then the rules across
    /// rows (SKUs differ, one variant stays on sale), so two variants can swap SKUs. After a refusal the product is
    /// half changed: do not save it.
    /// </summary>
    public void ChangeVariants(IReadOnlyList<VariantChange> rows)
    {
        foreach (var row in rows) Apply(row);
        CheckVariants();
    }

    /// <summary>Gives these variants one price of their own (the product's price stays "the product's"); compare-at prices stay.</summary>
    public void RepriceVariants(IReadOnlyCollection<int> variantIds, decimal price)
    {
        foreach (var id in variantIds.Distinct())
        {
            var v = Variant(id);
            Apply(new VariantChange(id, v.Sku, price, WasAbove(v.CompareAtPrice, price), v.WeightGrams, v.ImagePath, v.IsPublished, v.Content, v.Gtin));
        }
        CheckVariants();
    }

    private void Apply(VariantChange row)
    {
        var variant = Variant(row.VariantId);
        if (!HasOptions && !string.Equals(row.Sku?.Trim(), Sku, StringComparison.OrdinalIgnoreCase))
            throw new DomainException("A product without options has its SKU on the product.");
        variant.ChangeSku(row.Sku!);
        variant.Reprice(row.Price == Price && row.CompareAtPrice is null ? null : row.Price, row.CompareAtPrice);
        variant.Weigh(row.WeightGrams);
        variant.Measure(row.Content);
        variant.Identify(row.Gtin);
        if (!string.IsNullOrWhiteSpace(row.ImagePath) && _images.All(i => i.Path != row.ImagePath.Trim()))
            throw new DomainException("A variant's picture must be one of the product's pictures.");
        variant.ShowImage(row.ImagePath);
        variant.SetPublished(row.Published);
    }

    /// <summary>Gives a variant its barcode number (<see cref="Gtin"/>), or takes it away (empty).</summary>
    public void Identify(int variantId, string? gtin)
    {
        Variant(variantId).Identify(gtin);
        CheckVariants();
    }

    private void CheckVariants()
    {
        if (_variants.GroupBy(v => v.Sku).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException($"Two variants have the SKU {twice.Key}.");
        if (_variants.Where(v => v.Gtin is not null).GroupBy(v => Catalog.Gtin.Key(v.Gtin!)).FirstOrDefault(g => g.Count() > 1) is { } same)
            throw new DomainException($"Two variants have the GTIN {same.First().Gtin}: each barcode is one variant's.");
        if (!_variants.Any(v => v.IsPublished)) throw new DomainException("Keep at least one variant on sale.");
    }

    /// <summary>The variant with these option values (in option order), if the product has it.</summary>
    public ProductVariant? VariantWith(IReadOnlyList<string?> values) =>
        _variants.Find(v => v.Values.Count == _options.Count
                            && v.Values.Select((x, i) => string.Equals(x, i < values.Count ? values[i] : null, StringComparison.OrdinalIgnoreCase)).All(same => same));

    public ProductImage AddImage(string path, string? altText)
    {
        if (_images.Count >= MaxImages) throw new DomainException($"A product has at most {MaxImages} pictures.");
        var image = new ProductImage(path, altText, _images.Count);
        _images.Add(image);
        ImagePath = _images.OrderBy(i => i.Position).First().Path;
        return image;
    }

    public void DescribeImage(int imageId, string? altText) => Image(imageId).Describe(altText);

    /// <summary>Puts the pictures in the given order (ids); the first is the main picture. Ids not named keep their order after.</summary>
    public void ArrangeImages(IReadOnlyList<int> order)
    {
        var arranged = order.Distinct().Select(id => _images.Find(i => i.Id == id)).OfType<ProductImage>()
            .Concat(_images.OrderBy(i => i.Position).Where(i => !order.Contains(i.Id))).ToList();
        for (var i = 0; i < arranged.Count; i++) arranged[i].Position = i;
        ImagePath = arranged.FirstOrDefault()?.Path;
    }

    /// <summary>Takes a picture out of the gallery (and off any variant showing it); returns its path so its files can go.</summary>
    public string RemoveImage(int imageId)
    {
        var image = Image(imageId);
        _images.Remove(image);
        foreach (var v in _variants.Where(v => v.ImagePath == image.Path)) v.ShowImage(null);
        ArrangeImages([]);
        return image.Path;
    }

    private ProductImage Image(int imageId) =>
        _images.Find(i => i.Id == imageId) ?? throw new DomainException("That picture is not one of this product's.");

    private ProductVariant SingleVariant() => HasOptions
        ? throw new DomainException("This product has options: set the stock of one of its variants.")
        : DefaultVariant;

    private static List<IReadOnlyList<string>> Combinations(List<ProductOption> options)
    {
        IEnumerable<IReadOnlyList<string>> all = [[]];
        foreach (var option in options)
            all = all.SelectMany(prefix => option.Values.Select(v => (IReadOnlyList<string>)[.. prefix, v])).ToList();
        return options.Count == 0 ? [[]] : all.ToList();
    }

    /// <summary>
    /// Whether an existing variant stands for this new combination: same value by name, or, for a value renamed in
    /// place (same option, same position in the list), the value that used to be there.
    /// </summary>
    private static bool SameCombination(ProductVariant variant, List<ProductOption> old, IReadOnlyList<string> values, List<ProductOption> defined)
    {
        var had = variant.Values;
        if (had.Count == 0 || had.Count > values.Count) return false;
        for (var i = 0; i < values.Count; i++)
        {
            if (i >= had.Count) return false;
            if (string.Equals(had[i], values[i], StringComparison.OrdinalIgnoreCase)) continue;
            var oldOption = old.ElementAtOrDefault(i);
            var renamedInPlace = oldOption is not null
                                 && oldOption.Values.IndexOf(had[i]) is var at && at >= 0 && at == defined[i].Values.IndexOf(values[i])
                                 && !oldOption.Values.Contains(values[i], StringComparer.OrdinalIgnoreCase)
                                 && !defined[i].Values.Contains(had[i], StringComparer.OrdinalIgnoreCase);
            if (!renamedInPlace) return false;
        }
        return true;
    }

    private string UniqueSku(IReadOnlyList<string> values)
    {
        // ASCII letters and digits only, as every SKU: the value's first four, German letters written out as slugs do
        // ("Grün" → GRUEN, "Weiß" → WEISS); a value with none ("½") is X.
        var code = string.Concat(values.Select(v => Catalog.Slug.Letters(v, 4) is { Length: > 0 } part ? "-" + part.ToUpperInvariant() : "-X"));
        var sku = (Sku.Length + code.Length > ProductVariant.MaxSkuLength ? Sku[..(ProductVariant.MaxSkuLength - code.Length)] : Sku) + code;
        var n = 2;
        var candidate = sku;
        while (_variants.Any(v => v.Sku == candidate)) candidate = sku[..Math.Min(sku.Length, ProductVariant.MaxSkuLength - 3)] + "-" + n++;
        return candidate;
    }
}
