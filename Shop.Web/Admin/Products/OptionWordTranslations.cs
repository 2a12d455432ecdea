using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>
/// Staff's glossary of option words (<see cref="OptionWordTranslation"/>): every distinct option name and value of the
/// catalog, ignoring case as shoppers' pages match them, translated once for every product that uses it.
/// </summary>
public sealed class OptionWordTranslations(ShopDbContext db, ShopLanguages languages, AuditTrail audit)
{
    public const string AuditEntity = "OptionWords";

    /// <summary>Every word in use, A to Z, then translations kept of words no product uses any more (to be cleared).</summary>
    public async Task<OptionWordsForm> FormAsync(CancellationToken ct)
    {
        var options = await db.Set<ProductOption>().AsNoTracking().Select(o => new { o.ProductId, o.Name, o.Values }).ToListAsync(ct);
        var uses = new Dictionary<string, (HashSet<int> Products, bool Name, bool Value)>(StringComparer.OrdinalIgnoreCase);
        foreach (var o in options)
        foreach (var (word, isName) in o.Values.Select(v => (v, false)).Prepend((o.Name, true)))
        {
            var use = uses.TryGetValue(word, out var u) ? u : ([], false, false);
            use.Products.Add(o.ProductId);
            uses[word] = (use.Products, use.Name || isName, use.Value || !isName);
        }
        var saved = Glossary(await db.Set<OptionWordTranslation>().AsNoTracking().ToListAsync(ct));
        var unused = saved.Values.SelectMany(w => w.Keys).Where(w => !uses.ContainsKey(w)).Distinct(StringComparer.OrdinalIgnoreCase);
        var rows = uses.OrderBy(u => u.Key, StringComparer.OrdinalIgnoreCase)
            .Select(u => Row(u.Key, u.Value.Products.Count, u.Value is { Name: true, Value: true } ? "name, value" : u.Value.Name ? "name" : "value", saved))
            .Concat(unused.Order(StringComparer.OrdinalIgnoreCase).Select(w => Row(w, 0, "no longer used", saved)));
        return new OptionWordsForm { Words = rows.ToList() };
    }

    private OptionWordRow Row(string word, int products, string usedAs, Dictionary<string, Dictionary<string, OptionWordTranslation>> saved) => new()
    {
        Word = word, Products = products, UsedAs = usedAs,
        Texts = Others.Select(l =>
        {
            var translation = saved.GetValueOrDefault(l.Code)?.GetValueOrDefault(word)?.Translation;
            return new OptionWordText { Language = l.Code, Translation = translation, Was = translation };
        }).ToList(),
    };

    /// <summary>
    /// Saves what staff changed since the page was opened (an emptied translation is removed) with one audit entry a
    /// language; returns how many translations changed. A save is a catalog edit: shoppers' pages follow at once.
    /// </summary>
    public async Task<int> SaveAsync(OptionWordsForm form, StaffMember by, CancellationToken ct)
    {
        var spoken = Others.Select(l => l.Code).ToHashSet();
        for (var attempt = 1; ; attempt++)
        {
            var saved = Glossary(await db.Set<OptionWordTranslation>().ToListAsync(ct));
            var changes = new Dictionary<string, (Dictionary<string, string?> Before, Dictionary<string, string?> After)>();
            foreach (var row in form.Words)
            foreach (var text in row.Texts.Where(t => spoken.Contains(t.Language)))
            {
                var (now, was) = (text.Translation?.Trim() ?? "", text.Was?.Trim() ?? "");
                if (now == was) continue;
                var words = saved.TryGetValue(text.Language, out var w) ? w : saved[text.Language] = new(StringComparer.OrdinalIgnoreCase);
                var existing = words.GetValueOrDefault(row.Word);
                if (existing?.Translation == now || (existing is null && now.Length == 0)) continue;
                if (now.Length == 0)
                {
                    db.Remove(existing!);
                    words.Remove(row.Word);
                }
                else if (existing is null) db.Add(words[row.Word] = new OptionWordTranslation(text.Language, row.Word, now));
                else existing.Change(now);
                var change = changes.TryGetValue(text.Language, out var c) ? c : changes[text.Language] = ([], []);
                (change.Before[row.Word], change.After[row.Word]) = (existing?.Translation, now.Length == 0 ? null : now);
            }
            if (await ClashAsync(saved, changes.Keys, ct) is { } clash) throw new DomainException(clash);
            foreach (var (language, change) in changes)
                audit.Record(by, AuditEntity, language, "translations saved", change.Before, change.After);
            if (changes.Count == 0) return 0;
            try
            {
                await db.SaveChangesAsync(ct);
                return changes.Values.Sum(c => c.After.Count);
            }
            catch (DbUpdateException e) when (attempt == 1 && e.IsUniqueViolation())
            {
                db.ChangeTracker.Clear(); // a colleague added the same word a moment ago: read it and change theirs
            }
        }
    }

    /// <summary>Why the glossary as it would be saved makes two values of one product's option read alike in a language; null when none.</summary>
    private async Task<string?> ClashAsync(Dictionary<string, Dictionary<string, OptionWordTranslation>> glossary, IEnumerable<string> changed, CancellationToken ct)
    {
        var options = await db.Set<ProductOption>().AsNoTracking()
            .Select(o => new { o.Name, o.Values, Product = db.Products.Where(p => p.Id == o.ProductId).Select(p => p.Name).First() }).ToListAsync(ct);
        foreach (var language in changed)
        {
            var words = new OptionGlossary(glossary.TryGetValue(language, out var saved) ? saved.Values : []);
            foreach (var o in options)
                if (words.Clash(o.Values) is { } clash)
                    return ShopText.Translate("In {0}, {1} and {2} would both read \"{3}\" among {4}'s {5}: give them different words. Nothing was saved.",
                        ShopLanguage.NameInPage(language), clash.Value, clash.Other, clash.Reads, o.Product, o.Name);
        }
        return null;
    }

    private IEnumerable<ShopLanguage> Others => languages.All.Where(l => !l.IsDefault);

    /// <summary>Language → word (ignoring case) → translation.</summary>
    private static Dictionary<string, Dictionary<string, OptionWordTranslation>> Glossary(IEnumerable<OptionWordTranslation> all) =>
        all.GroupBy(t => t.Language).ToDictionary(g => g.Key,
            g => g.DistinctBy(t => t.Word, StringComparer.OrdinalIgnoreCase).ToDictionary(t => t.Word, StringComparer.OrdinalIgnoreCase));
}
