using System.Globalization;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

/// <summary>
/// A product page as search engines and link previews read it: JSON-LD <c>Product</c> with one <c>Offer</c> per variant
/// (price, currency, availability) and a <c>BreadcrumbList</c>; the main picture for link previews (the layout writes
/// their tags); the canonical URL. Every URL is absolute, from the shop's public address.
/// </summary>
public static class ProductHeadTags
{
    /// <summary>
    /// <paramref name="root"/>: the shop's public address, before a picture's one URL in every language;
    /// <paramref name="pageRoot"/>: with the page's language prefix, before its pages.
    /// </summary>
    public static void AddTo(HeadTags head, ProductChoice choice, string root, string pageRoot)
    {
        var product = choice.Product;
        var url = $"{pageRoot}/p/{product.Slug}";
        var pictures = product.Images.Select(i => root + i.Path).ToList();
        head.Canonical = url;

        var jsonLd = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = product.Name,
            ["url"] = url,
            ["image"] = pictures,
            ["offers"] = product.Variants.Select(v => new Dictionary<string, object?>
            {
                ["@type"] = "Offer",
                ["sku"] = v.Sku,
                ["name"] = string.IsNullOrEmpty(v.Title) ? product.Name : $"{product.Name}, {v.Title}",
                ["url"] = product.Variants.Count == 1 ? url : $"{url}?variant={v.Id}",
                ["price"] = v.Price.ToInvariantString(),
                ["priceCurrency"] = v.Price.Currency,
                ["availability"] = v.Stock.IsSoldOut ? "https://schema.org/OutOfStock"
                    : v.Stock.IsLow ? "https://schema.org/LimitedAvailability" : "https://schema.org/InStock",
            }).ToList(),
        };
        if (!string.IsNullOrWhiteSpace(product.Description)) jsonLd["description"] = product.Description;
        // Approved reviews only, as the page shows them.
        if (!product.Rating.IsEmpty)
            jsonLd["aggregateRating"] = new Dictionary<string, object?>
            {
                ["@type"] = "AggregateRating",
                ["ratingValue"] = product.Rating.Average.ToString("0.0", CultureInfo.InvariantCulture),
                ["reviewCount"] = product.Rating.Count,
                ["bestRating"] = 5,
                ["worstRating"] = 1,
            };
        head.AddJsonLd(jsonLd);
        head.AddJsonLd(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "BreadcrumbList",
            // As the visible breadcrumb: "Home" in the page's language.
            ["itemListElement"] = new[] { (ShopText.Translate("Home"), pageRoot + "/"), (product.Category.Name, $"{pageRoot}/c/{product.Category.Slug}"), (product.Name, url) }
                .Select((crumb, i) => new Dictionary<string, object?>
                {
                    ["@type"] = "ListItem", ["position"] = i + 1, ["name"] = crumb.Item1, ["item"] = crumb.Item2,
                }).ToList(),
        });

        head.Type = "product";
        if (pictures.Count > 0) head.Picture = (pictures[0], product.Images[0].AltText);
    }
}
