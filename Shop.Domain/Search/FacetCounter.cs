namespace Shop.Domain.Search;

/// <summary>
/// Which products the ticked facets let through, and the counts beside each facet's values. A value's count is what the
/// list would show if it were ticked too: counted with every other facet applied but not its own, so ticking a second
/// colour adds to the list rather than emptying it. A product passes when one of its variants fits every variant facet
/// at once (a shirt in M and Red is not shown for "M, Red" when only its M is blue). Categories are named and put in
/// alphabetical order as a shopper in <paramref name="language"/> reads them.
/// </summary>
internal sealed class FacetCounter(IndexedProduct[] products, FacetChoice choice, bool byCategory, string? language)
{
    public const string Category = Facet.Category, Price = Facet.Price, InStock = Facet.InStock;

    public bool Shows(int product) => Passes(products[product], skip: null);

    public IReadOnlyList<Facet> Count(IReadOnlyList<int> candidates)
    {
        var facets = new List<Facet>();
        if (byCategory)
        {
            var names = new Dictionary<string, string>();
            var counts = new Dictionary<string, int>();
            foreach (var p in candidates.Select(i => products[i]))
            {
                names[p.CategorySlug] = p.CategoryNameIn(language);
                if (Passes(p, Category)) counts[p.CategorySlug] = counts.GetValueOrDefault(p.CategorySlug) + 1;
            }
            Add(Category, "Category", names.OrderBy(n => n.Value, IndexedProduct.Alphabetical(language))
                .Select(n => new FacetValue(n.Key, n.Value, counts.GetValueOrDefault(n.Key), choice.Categories.Contains(n.Key))));
        }

        Add(Price, "Price", PriceBand.All.Select(band => new FacetValue(band.Key, band.Key,
            candidates.Count(i => Offers(products[i], Price, v => band.Holds(v.Price))), choice.PriceBands.Contains(band))));

        Add(InStock, "Availability", [new FacetValue("true", "In stock", candidates.Count(i => Offers(products[i], InStock, v => v.Stock > 0)), choice.InStock)]);

        foreach (var option in OptionsOf(candidates))
        {
            var ticked = choice.Options.GetValueOrDefault(option.Key);
            var values = new Dictionary<string, (string Label, int Count)>(StringComparer.OrdinalIgnoreCase);
            foreach (var p in candidates.Select(i => products[i]))
            {
                var at = Position(p, option.Key);
                if (at < 0 || !PassesCategory(p, option.Key)) continue;
                foreach (var value in p.Variants.Where(v => at < v.Values.Count).Select(v => v.Values[at]).Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    var (label, count) = values.GetValueOrDefault(value, (value, 0));
                    var fits = p.Variants.Any(v => at < v.Values.Count && string.Equals(v.Values[at], value, StringComparison.OrdinalIgnoreCase) && Fits(p, v, option.Key));
                    values[value] = (label, count + (fits ? 1 : 0));
                }
            }
            Add(option.Key, option.Name, values.Select(v => new FacetValue(v.Value.Label, v.Value.Label, v.Value.Count, ticked?.Contains(v.Key) == true)));
        }
        return facets;

        void Add(string key, string name, IEnumerable<FacetValue> values)
        {
            var shown = values.Where(v => v.Count > 0 || v.Selected).ToList();
            if (shown.Count > 0) facets.Add(new Facet(key, name, shown));
        }
    }

    /// <summary>The options the candidates have, by name as first written, in the order first met.</summary>
    private IEnumerable<(string Key, string Name)> OptionsOf(IEnumerable<int> candidates) =>
        candidates.SelectMany(i => products[i].OptionNames).DistinctBy(n => n.ToLowerInvariant()).Select(n => (n.ToLowerInvariant(), n));

    private bool Passes(IndexedProduct p, string? skip) => PassesCategory(p, skip) && p.Variants.Any(v => Fits(p, v, skip));

    /// <summary>Whether the product has a variant that fits every facet but <paramref name="skip"/>, and <paramref name="also"/>.</summary>
    private bool Offers(IndexedProduct p, string skip, Func<IndexedVariant, bool> also) =>
        PassesCategory(p, skip) && p.Variants.Any(v => also(v) && Fits(p, v, skip));

    private bool PassesCategory(IndexedProduct p, string? skip) =>
        skip == Category || choice.Categories.Count == 0 || choice.Categories.Contains(p.CategorySlug);

    private bool Fits(IndexedProduct p, IndexedVariant v, string? skip)
    {
        if (skip != InStock && choice.InStock && v.Stock <= 0) return false;
        if (choice.MinPrice is { } min && v.Price < min) return false;
        if (choice.MaxPrice is { } max && v.Price > max) return false;
        if (skip != Price && choice.PriceBands.Count > 0 && !choice.PriceBands.Any(b => b.Holds(v.Price))) return false;
        foreach (var (name, values) in choice.Options)
        {
            if (name == skip) continue;
            var at = Position(p, name);
            if (at < 0 || at >= v.Values.Count || !values.Contains(v.Values[at])) return false;
        }
        return true;
    }

    private static int Position(IndexedProduct p, string optionName)
    {
        for (var i = 0; i < p.OptionNames.Count; i++)
            if (string.Equals(p.OptionNames[i], optionName, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
