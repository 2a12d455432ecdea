using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Shop.Domain.Checkout;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// The country select of every address form: ISO 3166 names in the shopper's language (ShopText; a country without a
/// translation keeps its English name), sorted as that language sorts, the two-letter code as the value.
/// </summary>
public static class CountryOptions
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SelectListItem>> ByLanguage = new();

    public static IReadOnlyList<SelectListItem> All => ByLanguage.GetOrAdd(CultureInfo.CurrentUICulture.Name, _ =>
    {
        var items = Countries.All.Select(c => new SelectListItem(ShopText.Translate(c.Name), c.Code));
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "en" or "iv") return items.ToList(); // the list's own order
        return items.OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true)).ToList();
    });

    /// <summary>The country's name in the shopper's language, or the code itself when it is not a known country.</summary>
    public static string NameOf(string? code) => code is not null && Countries.IsKnown(code) ? ShopText.Translate(Countries.NameOf(code)) : code ?? "";
}
