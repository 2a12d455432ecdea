namespace Shop.Domain.Search;

/// <summary>
/// The published catalog as search reads it, in memory (built once per catalog version, so it follows every change on
/// every node). A product matches when each typed word is in it (any order) — as typed, folded to its stem, as the start
/// of a word, or one slip away — and ranks by where: its name above its category or options above its description,
/// whole words above starts of words above corrected slips; an exact SKU comes first. When no product has every word,
/// products with some of them are shown rather than nothing. Words of the shop's own texts and of the shopper's language
/// count in full; a word found only in another language's translation counts a quarter, so what a shopper reads comes
/// first ("lamp" ranks the lamps above a lantern whose French name is "Lampe tempête").
/// </summary>
public sealed class ProductIndex
{
    /// <summary>Where a word was found, weakest first. Label: the category's name and the options' names and values.</summary>
    private enum Field { Description, Label, Name }

    private static readonly double[] WholeWord = [3, 5, 10], StartOfWord = [1.5, 3, 6], Slip = [1, 2.5, 5];
    private const double ExactSku = 1000, StartOfSku = 100, OtherLanguage = 0.25;

    private readonly IndexedProduct[] _products;
    private readonly Dictionary<string, Dictionary<int, Field>> _postings = new(StringComparer.Ordinal); // the shop's own words
    private readonly Dictionary<string, Dictionary<string, Dictionary<int, Field>>> _translated = new(StringComparer.Ordinal); // by language
    private readonly string[] _words, _stems; // every word the catalog uses (sorted) and each one's stem
    private readonly Dictionary<string, int> _bySku = new(StringComparer.OrdinalIgnoreCase);
    private readonly string[] _skus;
    private readonly HashSet<string> _optionNames = new(StringComparer.OrdinalIgnoreCase);

    public ProductIndex(IEnumerable<IndexedProduct> products)
    {
        _products = products.Where(p => p.Variants.Count > 0).ToArray();
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _products.Length; i++)
        {
            var p = _products[i];
            Add(_postings, i, p.Name, Field.Name);
            Add(_postings, i, p.CategoryName, Field.Label);
            foreach (var option in p.OptionNames) { Add(_postings, i, option, Field.Label); _optionNames.Add(option); }
            foreach (var value in p.Variants.SelectMany(v => v.Values).Distinct()) Add(_postings, i, value, Field.Label);
            Add(_postings, i, p.Description, Field.Description);
            foreach (var t in p.Translations)
            {
                if (!_translated.TryGetValue(t.Language, out var postings)) _translated[t.Language] = postings = new(StringComparer.Ordinal);
                Add(postings, i, t.Name, Field.Name);
                Add(postings, i, t.CategoryName, Field.Label);
                Add(postings, i, t.OptionWords, Field.Label);
                Add(postings, i, t.Description, Field.Description);
            }
            foreach (var sku in p.Variants.Select(v => v.Sku).Prepend(p.Sku)) _bySku.TryAdd(sku.Trim(), i);
        }
        _words = words.Order(StringComparer.Ordinal).ToArray();
        _stems = _words.Select(SearchWords.Stem).ToArray();
        _skus = _bySku.Keys.Select(s => s.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();

        void Add(Dictionary<string, Dictionary<int, Field>> postings, int product, string text, Field field)
        {
            foreach (var word in SearchWords.Of(text))
            {
                words.Add(word);
                var stem = SearchWords.Stem(word);
                if (!postings.TryGetValue(stem, out var found)) postings[stem] = found = [];
                if (!found.TryGetValue(product, out var was) || was < field) found[product] = field;
            }
        }
    }

    /// <summary>
    /// The same catalog with its variants' stock as <paramref name="stockBySku"/> says (a variant it does not name keeps its
    /// stock): the words, postings and SKUs are shared, so a stock change costs a pass over the products, not a new index.
    /// </summary>
    public ProductIndex WithStock(IReadOnlyDictionary<string, int> stockBySku)
    {
        IndexedProduct[]? products = null;
        for (var i = 0; i < _products.Length; i++)
        {
            var p = _products[i];
            if (p.Variants.All(v => stockBySku.GetValueOrDefault(v.Sku, v.Stock) == v.Stock)) continue;
            products ??= (IndexedProduct[])_products.Clone();
            // A new record, not `with`: the product's totals (its stock above all) are computed when it is made.
            products[i] = new IndexedProduct(p.Id, p.Name, p.Sku, p.Description, p.CategoryName, p.CategorySlug, p.CreatedAt, p.OptionNames,
                p.Variants.Select(v => v with { Stock = stockBySku.GetValueOrDefault(v.Sku, v.Stock) }).ToList()) { Translations = p.Translations };
        }
        return products is null ? this : new ProductIndex(this, products);
    }

    private ProductIndex(ProductIndex words, IndexedProduct[] products)
    {
        _products = products;
        (_postings, _translated, _words, _stems, _bySku, _skus, _optionNames) =
            (words._postings, words._translated, words._words, words._stems, words._bySku, words._skus, words._optionNames);
    }

    /// <summary>The indexed products, each with at least one variant on sale.</summary>
    public IEnumerable<IndexedProduct> Products => _products;

    public int Count => _products.Length;

    /// <summary>
    /// Categories whose name (or a translation of it) has every typed word (whole, folded, as the start of a word or one
    /// slip away), the ones with most products first.
    /// </summary>
    public IEnumerable<(string Name, string Slug, int Count)> CategoriesNamed(string? text)
    {
        var typed = SearchWords.Of(text).Take(SearchWords.MaxWords).ToList();
        if (typed.Count == 0) return [];
        return _products.GroupBy(p => (p.CategoryName, p.CategorySlug))
            .Where(g => g.SelectMany(p => p.Translations).Select(t => t.CategoryName).Prepend(g.Key.CategoryName).Distinct()
                .Any(name => typed.All(w => SearchWords.Of(name).Any(n =>
                    n.StartsWith(w, StringComparison.Ordinal) || SearchWords.Stem(n) == SearchWords.Stem(w) || SearchWords.OneSlipApart(w, n)))))
            .Select(g => (g.Key.CategoryName, g.Key.CategorySlug, g.Count()))
            .OrderByDescending(c => c.Item3);
    }

    public SearchResult Search(SearchQuery query)
    {
        var (scores, didYouMean, someWordsOnly) = Score(query.Text, query.Language);
        var candidates = new List<int>();
        for (var i = 0; i < _products.Length; i++)
            if ((query.CategorySlug is null || _products[i].CategorySlug == query.CategorySlug) && (scores is null || scores.ContainsKey(i)))
                candidates.Add(i);

        var facets = new FacetCounter(_products, Known(query.Facets), byCategory: query.CategorySlug is null, query.Language);
        var shown = candidates.Where(facets.Shows).ToList();
        var sort = query.Sort == ProductSort.Relevance && scores is null ? ProductSort.Name : query.Sort;
        var pageCount = Math.Max(1, (shown.Count + query.PageSize - 1) / query.PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var products = Sorted(shown, sort, scores, query.Language).Skip((page - 1) * query.PageSize).Take(query.PageSize).Select(i => _products[i]).ToList();
        return new SearchResult(products, shown.Count, page, facets.Count(candidates), didYouMean, someWordsOnly && shown.Count > 0);
    }

    /// <summary>The ticked options this catalog has, their values compared ignoring case; any other name is ignored.</summary>
    private FacetChoice Known(FacetChoice choice) => choice with
    {
        Options = choice.Options.Where(o => _optionNames.Contains(o.Key) && o.Value.Count > 0)
            .ToDictionary(o => o.Key.ToLowerInvariant(), o => (IReadOnlySet<string>)new HashSet<string>(o.Value, StringComparer.OrdinalIgnoreCase)),
    };

    /// <summary>The shown products in the order asked for; names compare as the shopper reads them, in their language's alphabet.</summary>
    private IEnumerable<int> Sorted(List<int> shown, ProductSort sort, Dictionary<int, double>? scores, string? language)
    {
        var names = language is null ? null : shown.ToDictionary(i => i, i => _products[i].NameIn(language));
        var compare = IndexedProduct.Alphabetical(language);
        var byName = Comparer<int>.Create((a, b) =>
        {
            var c = names is null ? compare.Compare(_products[a].Name, _products[b].Name) : compare.Compare(names[a], names[b]);
            return c != 0 ? c : _products[a].Id.CompareTo(_products[b].Id);
        });
        return sort switch
        {
            ProductSort.Relevance => shown.OrderByDescending(i => scores![i]).ThenBy(i => i, byName),
            ProductSort.PriceLow => shown.OrderBy(i => _products[i].LowestPrice).ThenBy(i => i, byName),
            ProductSort.PriceHigh => shown.OrderByDescending(i => _products[i].LowestPrice).ThenBy(i => i, byName),
            ProductSort.Newest => shown.OrderByDescending(i => _products[i].CreatedAt).ThenBy(i => _products[i].Id),
            _ => shown.Order(byName),
        };
    }

    /// <summary>Each matching product's score; null when there are no words (everything matches).</summary>
    private (Dictionary<int, double>? Scores, string? DidYouMean, bool SomeWordsOnly) Score(string? text, string? language)
    {
        var words = SearchWords.Of(text).Distinct().Take(SearchWords.MaxWords).ToList();
        var sku = (text ?? "").Trim().ToLowerInvariant();
        if (words.Count == 0 && sku.Length == 0) return (null, null, false);

        var perWord = words.Select(w => Match(w, language)).ToList();
        var scores = new Dictionary<int, double>();
        if (perWord.Count > 0)
            foreach (var product in perWord[0].Found.Keys)
                if (perWord.All(w => w.Found.ContainsKey(product))) scores[product] = perWord.Sum(w => w.Found[product]);
        // A SKU typed whole names one product: that one, first. The start of a SKU finds every product it begins.
        if (_bySku.TryGetValue(sku, out var exact)) scores[exact] = scores.GetValueOrDefault(exact) + ExactSku;
        else if (sku.Length >= 3)
            foreach (var s in StartingWith(_skus, sku)) scores[_bySku[s]] = scores.GetValueOrDefault(_bySku[s]) + StartOfSku;

        var someWordsOnly = scores.Count == 0 && words.Count > 1;
        if (someWordsOnly)
            foreach (var (found, _) in perWord)
                foreach (var (product, score) in found) scores[product] = scores.GetValueOrDefault(product) + score;

        var corrected = perWord.Any(w => w.Correction is not null)
            ? string.Join(' ', words.Select((w, i) => perWord[i].Correction ?? w)) : null;
        return (scores, corrected, someWordsOnly);
    }

    /// <summary>
    /// The products one word finds, with its score in each, and the word it was corrected to when only a slip found it
    /// (a word the shopper can read before one only another language has, then the word most products have).
    /// </summary>
    private (Dictionary<int, double> Found, string? Correction) Match(string word, string? language)
    {
        var found = new Dictionary<int, double>();
        var stem = SearchWords.Stem(word);
        var known = Collect(stem, WholeWord);
        if (word.Length >= 2)
            foreach (var i in Range(_words, word))
                if (_words[i] != word) known |= Collect(_stems[i], StartOfWord);
        if (known) return (found, null);
        foreach (var singular in SearchWords.GermanSingulars(word).Concat(SearchWords.FrenchSingulars(word))) known |= Collect(SearchWords.Stem(singular), WholeWord);
        if (known) return (found, null);

        string? correction = null;
        var best = (Readable: false, Uses: 0);
        for (var i = 0; i < _words.Length; i++)
        {
            if (Math.Abs(_words[i].Length - word.Length) > 2) continue;
            if (!SearchWords.OneSlipApart(word, _words[i]) && !SearchWords.OneSlipApart(stem, _stems[i])) continue;
            Collect(_stems[i], Slip);
            var uses = _postings.GetValueOrDefault(_stems[i])?.Count ?? 0;
            var readable = uses > 0 || (language is not null && _translated.GetValueOrDefault(language)?.ContainsKey(_stems[i]) == true);
            foreach (var postings in _translated.Values) uses += postings.GetValueOrDefault(_stems[i])?.Count ?? 0;
            if ((readable, uses).CompareTo(best) > 0) (best, correction) = ((readable, uses), _words[i]);
        }
        return (found, correction);

        bool Collect(string s, double[] weights)
        {
            var known = Add(_postings, 1);
            foreach (var (code, postings) in _translated) known |= Add(postings, code == language ? 1 : OtherLanguage);
            return known;

            bool Add(Dictionary<string, Dictionary<int, Field>> postings, double share)
            {
                if (!postings.TryGetValue(s, out var products)) return false;
                foreach (var (product, field) in products)
                    found[product] = Math.Max(found.GetValueOrDefault(product), weights[(int)field] * share);
                return true;
            }
        }
    }

    private static IEnumerable<string> StartingWith(string[] sorted, string prefix) => Range(sorted, prefix).Select(i => sorted[i]);

    /// <summary>The positions of the sorted words that start with <paramref name="prefix"/>.</summary>
    private static IEnumerable<int> Range(string[] sorted, string prefix)
    {
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        for (var i = at < 0 ? ~at : at; i < sorted.Length && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++) yield return i;
    }
}
