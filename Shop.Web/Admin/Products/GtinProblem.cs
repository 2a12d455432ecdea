using System.Text.RegularExpressions;
using Shop.Domain.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Products;

/// <summary>Why a typed GTIN is none (<see cref="Gtin.Problem"/>, which the domain writes in English), in the page's language.</summary>
public static partial class GtinProblem
{
    public static string? Of(string? typed) =>
        Gtin.Problem(typed) is not { } problem ? null
        : NotAGtin().Match(problem) is { Success: true } m ? ShopText.Translate("'{0}' is not a GTIN: {1}", m.Groups[1].Value, ShopText.Translate(m.Groups[2].Value))
        : ShopText.Translate(problem);

    [GeneratedRegex("^'(.*)' is not a GTIN: (.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAGtin();
}
