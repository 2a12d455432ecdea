using System.Globalization;
using Shop.Domain.Catalog;
using Kind = Shop.Web.Data.Seed.DemoKinds.Kind;

namespace Shop.Web.Data.Seed;

/// <summary>
/// A believable demo catalog: 8 categories of 25 products with prices that suit the kind of item, short descriptions,
/// sales, sold-out and nearly-gone products, and (for about a third) options such as size, colour or finish with a
/// variant for every combination. Generated with a fixed seed, so every run (and every test) sees the same catalog.
/// Pictures are drawn on demand by <see cref="DemoPictures"/> from each product's <see cref="DemoShape"/> and colour.
/// </summary>
public static class DemoCatalog
{
    public sealed record DemoCategory(string Name, string Slug, string Description);

    /// <summary>An option such as Size or Colour with its values in the order shoppers see them.</summary>
    public sealed record DemoOption(string Name, string[] Values);

    /// <summary>
    /// One combination of option values (in option order). A null price or compare-at price means the product's own;
    /// <paramref name="Colour"/> is set (hex) when a Colour or Finish value gives the variant its own colour.
    /// </summary>
    public sealed record DemoVariant(string Sku, string[] Values, decimal? Price, decimal? CompareAtPrice, int Stock, string? Colour);

    /// <summary>
    /// A demo product. Without options, <see cref="Stock"/> is its stock; with options, <see cref="Variants"/> lists every
    /// combination (cartesian product in option and value order) and <see cref="Stock"/> is the sum of theirs.
    /// </summary>
    public sealed record DemoProduct(string Name, string Slug, string Sku, string Description, decimal Price, decimal? CompareAtPrice,
        int Stock, int CategoryIndex, DateTimeOffset CreatedAt, DemoShape Shape, string Colour, int PictureCount,
        IReadOnlyList<DemoOption> Options, IReadOnlyList<DemoVariant> Variants, NetContent? Content = null)
    {
        /// <summary>The sentences of <see cref="Description"/>, each one <see cref="DemoTranslations"/> has in other languages.</summary>
        public IReadOnlyList<string> Sentences { get; init; } = [Description];
    }

    public const int ProductsPerCategory = 25;

    /// <summary>Options whose values give a product (and its pictures) a colour.</summary>
    public static bool IsColourOption(string optionName) => optionName is "Colour" or "Finish";

    /// <summary>
    /// The moment the oldest demo product was "added"; later ones follow an hour apart, taking the categories in turn,
    /// so the newest products (and the newest on sale) come from every category. The last product is the newest.
    /// </summary>
    public static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Named colours used for products and for Colour/Finish values.</summary>
    public static readonly IReadOnlyDictionary<string, string> Palette = new Dictionary<string, string>
    {
        ["Black"] = "#2a2b2e", ["Charcoal"] = "#3f4347", ["Graphite"] = "#55595f", ["Grey"] = "#8d9096",
        ["Slate"] = "#5d6b78", ["Stone"] = "#b8b1a5", ["White"] = "#f1efea", ["Cream"] = "#ece3cf",
        ["Oatmeal"] = "#d6cab2", ["Sand"] = "#cdb592", ["Tan"] = "#b88a5a", ["Cognac"] = "#96532a",
        ["Brown"] = "#6b4a35", ["Navy"] = "#26395c", ["Blue"] = "#3b5b8c", ["Sky"] = "#8fb2d6",
        ["Teal"] = "#2d7472", ["Sage"] = "#97ab87", ["Olive"] = "#6a6d3c", ["Forest"] = "#2f5134",
        ["Mustard"] = "#d2a03a", ["Terracotta"] = "#c0653f", ["Rust"] = "#a4492b", ["Red"] = "#b33a35",
        ["Burgundy"] = "#6d2536", ["Blush"] = "#e2b4ab", ["Lilac"] = "#b3a4cc", ["Brass"] = "#c49b48",
        ["Copper"] = "#b8703c", ["Chrome"] = "#bfc4c9", ["Silver"] = "#c9cccf", ["Oak"] = "#c9a273",
        ["Walnut"] = "#6e4a31", ["Ash"] = "#dccdb3", ["Amber"] = "#d9a046", ["Glass"] = "#cfe0df",
    };

    public static readonly DemoCategory[] Categories =
    [
        new("Kitchen", "kitchen", "Cookware, knives and tools for people who like to cook."),
        new("Home Office", "home-office", "Desks, chairs and the small things that make work pleasant."),
        new("Lighting", "lighting", "Lamps and lights for every room and every mood."),
        new("Outdoor", "outdoor", "Gear for the garden, the trail and the campsite."),
        new("Audio", "audio", "Speakers and headphones that sound as good as they look."),
        new("Bags & Travel", "bags-and-travel", "Bags, wallets and travel kit for going places."),
        new("Apparel", "apparel", "Everyday clothing in natural fabrics, made to be worn often."),
        new("Stationery", "stationery", "Notebooks, pens and paper goods for planners and doodlers."),
    ];

    /// <summary>The demo product with this slug, or null.</summary>
    public static DemoProduct? Find(string slug) => BySlug.GetValueOrDefault(slug);

    /// <summary>
    /// The colours a product's pictures can be drawn in, by the slug of the Colour or Finish value ("sage", "walnut");
    /// empty for products without such an option.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PictureColours(DemoProduct product)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = product.Options.ToList().FindIndex(o => IsColourOption(o.Name));
        if (index < 0) return result;
        foreach (var v in product.Variants)
            if (v.Colour is not null) result.TryAdd(Slug.From(v.Values[index]), v.Colour);
        return result;
    }

    /// <summary>The demo's products, generated once from <see cref="DemoKinds"/>.</summary>
    public static IReadOnlyList<DemoProduct> Products { get; } = Generate();

    /// <summary>Every option name and value the products use ("Colour", "Walnut", "M"…), once each.</summary>
    public static IEnumerable<string> OptionWords =>
        Products.SelectMany(p => p.Options).SelectMany(o => o.Values.Prepend(o.Name)).Distinct(StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, DemoProduct> BySlug = Products.ToDictionary(p => p.Slug, StringComparer.Ordinal);

    /// <summary>Builds the catalog from scratch (tests call it again to show it comes out the same).</summary>
    internal static List<DemoProduct> Generate()
    {
        // System.Random with a seed is stable across runs and .NET versions.
        var random = new Random(20261123);
        var products = new List<DemoProduct>();
        var n = 0;
        for (var c = 0; c < Categories.Length; c++)
        {
            var prefix = Categories[c].Slug[..3].ToUpperInvariant();
            var slots = Slots(DemoKinds.ByCategory[c]);
            for (var i = 0; i < slots.Count; i++, n++)
            {
                var (kind, occurrence) = slots[i];
                var first = n == 0;
                var (name, fixedColour) = Split(kind.Names[occurrence]);
                var slug = Slug.From(name);
                var sku = $"{prefix}-{1000 + n}";

                var price = NicePrice(random, kind.Min, kind.Max);
                var onSale = !first && random.NextDouble() < 0.15;
                decimal? was = onSale ? NiceAbove(random, price * (decimal)(1.15 + random.NextDouble() * 0.3)) : null;

                var colourName = fixedColour ?? Pick(random, kind.Colours.Split(','));
                var options = new List<(DemoOption Option, decimal[] Extras)>();
                if (!first && random.NextDouble() < kind.OptionChance)
                {
                    foreach (var spec in kind.Options)
                    {
                        var parsed = ParseOption(spec, kind, random, fixedColour is not null);
                        if (parsed is not null) options.Add(parsed.Value);
                    }
                }

                // 6% sold out, 7% nearly gone; the first product is the well-stocked favourite the tests buy.
                var plan = first ? 2 : random.NextDouble() switch { < 0.06 => 0, < 0.13 => 1, _ => 2 };
                var variants = options.Count == 0 ? [] : Variants(random, sku, price, was, options, plan);
                var stock = variants.Count == 0
                    ? plan switch { 0 => 0, 1 => random.Next(1, StockState.LowThreshold + 1), _ => first ? 64 : random.Next(8, 151) }
                    : variants.Sum(v => v.Stock);
                var colourIndex = options.FindIndex(o => IsColourOption(o.Option.Name));
                var colour = colourIndex >= 0 ? Palette[options[colourIndex].Option.Values[0]] : Palette[colourName];

                var sentences = Describe(random, kind, occurrence, c);
                // Taking the categories in turn: product i of every category was added before product i + 1 of any.
                var createdAt = Epoch.AddHours(i * Categories.Length + c).AddMinutes(random.Next(0, 50));

                products.Add(new DemoProduct(name, slug, sku, string.Join(" ", sentences), price, was, stock, c, createdAt, kind.Shape, colour,
                    first ? 4 : random.Next(2, 5), options.Select(o => o.Option).ToList(), variants, NetContent.Parse(kind.Content)) { Sentences = sentences });
            }
        }
        return products;
    }

    /// <summary>Each kind's names, the kinds taken in turn so a category page mixes them.</summary>
    private static List<(Kind Kind, int Occurrence)> Slots(Kind[] kinds)
    {
        var slots = new List<(Kind, int)>();
        for (var round = 0; slots.Count < kinds.Sum(k => k.Names.Length); round++)
            foreach (var kind in kinds)
                if (round < kind.Names.Length) slots.Add((kind, round));
        if (slots.Count != ProductsPerCategory) throw new InvalidOperationException($"A demo category has {slots.Count} products, not {ProductsPerCategory}.");
        return slots;
    }

    private static (string Name, string? Colour) Split(string entry) =>
        entry.IndexOf('|') is var bar and >= 0 ? (entry[..bar], entry[(bar + 1)..]) : (entry, null);

    private static (DemoOption, decimal[])? ParseOption(string spec, Kind kind, Random random, bool colourFixed)
    {
        var sometimes = spec.StartsWith('?');
        if (sometimes) spec = spec[1..];
        var eq = spec.IndexOf('=');
        var name = spec[..eq];
        if (IsColourOption(name) && colourFixed) return null;
        if (sometimes && random.NextDouble() < 0.5) return null;

        string[] entries;
        if (spec[(eq + 1)..] == "*")
        {
            var all = kind.Colours.Split(',');
            var count = Math.Min(all.Length, random.Next(3, 6));
            // Keep the kind's order: the first colours are the "main" ones.
            entries = all.Select((v, i) => (v, key: random.NextDouble())).OrderBy(x => x.key).Take(count)
                .Select(x => x.v).OrderBy(v => Array.IndexOf(all, v)).ToArray();
        }
        else
        {
            entries = spec[(eq + 1)..].Split(',');
        }

        // An XL costs more on some products; a premium finish or a bigger capacity always does.
        var charge = !entries.Any(e => e.EndsWith('~')) || random.NextDouble() < 0.4;
        var values = new string[entries.Length];
        var extras = new decimal[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i].TrimEnd('~');
            var plus = entry.IndexOf('+');
            values[i] = plus < 0 ? entry : entry[..plus];
            extras[i] = plus < 0 || !charge ? 0m : decimal.Parse(entry[(plus + 1)..], CultureInfo.InvariantCulture);
        }
        return (new DemoOption(name, values), extras);
    }

    /// <summary>Every combination of the options' values (the first option varies slowest).</summary>
    private static List<DemoVariant> Variants(Random random, string sku, decimal price, decimal? was,
        List<(DemoOption Option, decimal[] Extras)> options, int plan)
    {
        var codes = options.Select(o => Codes(o.Option.Values)).ToList();
        var combos = new List<int[]> { Array.Empty<int>() };
        foreach (var (option, _) in options)
            combos = combos.SelectMany(prefix => Enumerable.Range(0, option.Values.Length).Select(v => prefix.Append(v).ToArray())).ToList();

        var colourIndex = options.FindIndex(o => IsColourOption(o.Option.Name));
        var stocks = combos.Select(_ => plan switch
        {
            0 => 0,
            _ => random.NextDouble() < 0.12 ? 0 : random.Next(2, 31),
        }).ToArray();
        if (plan == 1)
        {
            // Nearly gone: one or two combinations left, a few units in all.
            Array.Clear(stocks);
            stocks[random.Next(combos.Count)] = random.Next(1, 3);
            stocks[random.Next(combos.Count)] += random.Next(1, 3);
        }

        var variants = new List<DemoVariant>(combos.Count);
        for (var i = 0; i < combos.Count; i++)
        {
            var combo = combos[i];
            var values = combo.Select((v, o) => options[o].Option.Values[v]).ToArray();
            var extra = combo.Select((v, o) => options[o].Extras[v]).Sum();
            var code = string.Join("-", combo.Select((v, o) => codes[o][v]));
            variants.Add(new DemoVariant($"{sku}-{code}", values,
                extra > 0 ? price + extra : null,
                extra > 0 && was is { } w ? w + extra : null,
                stocks[i],
                colourIndex >= 0 ? Palette[values[colourIndex]] : null));
        }
        return variants;
    }

    /// <summary>Short SKU codes for an option's values: "M", "XL", "20CM", "BLU"; unique within the option.</summary>
    private static string[] Codes(string[] values)
    {
        var codes = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var compact = new string(values[i].Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
            var letters = char.IsAsciiDigit(compact[0]) || compact.Length <= 3 ? compact : compact[..3];
            var code = letters;
            for (var extra = 4; codes.Take(i).Contains(code); extra++)
                code = extra <= compact.Length ? compact[..extra] : letters + extra;
            codes[i] = code;
        }
        return codes;
    }

    /// <summary>A lead, a detail and sometimes the category's closer.</summary>
    private static string[] Describe(Random random, Kind kind, int occurrence, int category)
    {
        var lead = kind.Leads[occurrence % kind.Leads.Length];
        var detail = kind.Details[(occurrence + random.Next(kind.Details.Length)) % kind.Details.Length];
        return random.NextDouble() < 0.5 ? [lead, detail, Pick(random, DemoKinds.Closers[category])] : [lead, detail];
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    /// <summary>A shop-like price in the range: 14.50, 24.95, 39.99, 45.00, 249.99, 480.00.</summary>
    private static decimal NicePrice(Random random, decimal min, decimal max)
    {
        var raw = min + (decimal)random.NextDouble() * (max - min);
        var style = random.Next(4);
        var price = raw switch
        {
            < 20m => Math.Floor(raw) + style switch { 0 => 0.50m, 1 => 0.95m, 2 => 0.99m, _ => 0.00m },
            < 100m => style switch
            {
                0 => Math.Round(raw / 5m) * 5m,
                1 => Math.Floor(raw) + 0.95m,
                2 => Math.Floor(raw) + 0.50m,
                _ => Math.Floor(raw) + 0.99m,
            },
            _ => style switch
            {
                0 or 1 => Math.Round(raw / 10m) * 10m - 0.01m,
                2 => Math.Round(raw / 10m) * 10m - 0.05m,
                _ => Math.Round(raw / 5m) * 5m,
            },
        };
        return Math.Max(price, min) + 0.00m; // two decimals, also for round prices: 45.00
    }

    /// <summary>A "was" price at or above <paramref name="raw"/>: 29.99, 45.00, 129.00.</summary>
    private static decimal NiceAbove(Random random, decimal raw) => raw switch
    {
        < 100m when random.Next(2) == 0 => Math.Ceiling(raw) + 0.99m,
        < 100m => Math.Ceiling(raw / 5m) * 5m + 0.00m,
        _ => Math.Ceiling(raw / 10m) * 10m + 0.00m,
    };
}
