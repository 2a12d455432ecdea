using System.Globalization;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Catalog;

/// <summary>
/// A product page as search engines and link previews read it: JSON-LD <c>Product</c> with its <c>Offer</c> (price,
/// currency, availability), or for a product with options a <c>ProductGroup</c> with one <c>Product</c> per variant on sale
/// (its option values, its own offer), and a <c>BreadcrumbList</c>; the main picture for link previews (the layout writes
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
            ["@type"] = product.HasOptions ? "ProductGroup" : "Product",
            ["name"] = product.Name,
            ["url"] = url,
            ["image"] = pictures,
        };
        if (product.HasOptions)
        {
            // Sizes of a shirt, not one item at several prices: one Product per variant on sale, each with its own offer.
            jsonLd["productGroupID"] = product.Id.ToString(CultureInfo.InvariantCulture);
            var known = product.Options.Select(o => VariesBy(o.Name)).OfType<string>().ToList();
            if (known.Count > 0) jsonLd["variesBy"] = known.Select(k => $"https://schema.org/{k}").ToList();
            jsonLd["hasVariant"] = product.Variants.Select(v => Variant(product, v, url, v.ImagePath is { } own ? root + own : pictures.FirstOrDefault())).ToList();
        }
        else jsonLd["offers"] = product.Variants.Select(v => Offer(product, v, url)).ToList();
        if (!string.IsNullOrWhiteSpace(product.Description)) jsonLd["description"] = product.Description;
        if (product.Brand is { } brand) jsonLd["brand"] = new Dictionary<string, object?> { ["@type"] = "Brand", ["name"] = brand };
        if (!product.HasOptions && product.Variants[0].Gtin is { } gtin) jsonLd["gtin"] = gtin;
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
        if (pictures.Count > 0) head.Picture = (pictures[0], product.Describe(product.Images[0]).AltText);
    }

    private static Dictionary<string, object?> Variant(ProductPage product, VariantView v, string url, string? picture)
    {
        var variant = new Dictionary<string, object?>
        {
            ["@type"] = "Product",
            ["sku"] = v.Sku,
            ["name"] = Name(product, v),
            ["url"] = $"{url}?variant={v.Id}",
        };
        if (v.Gtin is not null) variant["gtin"] = v.Gtin;
        if (picture is not null) variant["image"] = picture;
        var others = new List<Dictionary<string, object?>>();
        for (var i = 0; i < product.Options.Count && i < v.Values.Count; i++)
        {
            if (VariesBy(product.Options[i].Name) is { } property) variant[property] = v.Values[i];
            else others.Add(new() { ["@type"] = "PropertyValue", ["name"] = product.Options[i].Name, ["value"] = v.Values[i] });
        }
        if (others.Count > 0) variant["additionalProperty"] = others;
        variant["offers"] = Offer(product, v, url);
        return variant;
    }

    private static Dictionary<string, object?> Offer(ProductPage product, VariantView v, string url)
    {
        var offer = new Dictionary<string, object?>
        {
            ["@type"] = "Offer",
            ["sku"] = v.Sku,
            ["name"] = Name(product, v),
            ["url"] = UrlOf(product, v, url),
            ["price"] = v.Price.ToInvariantString(),
            ["priceCurrency"] = v.Price.Currency,
            ["availability"] = v.Stock.IsSoldOut ? "https://schema.org/OutOfStock"
                : v.Stock.IsLow ? "https://schema.org/LimitedAvailability" : "https://schema.org/InStock",
        };
        if (v.UnitPrice is { } unit) offer["priceSpecification"] = UnitPricing(v.Price, unit.Content);
        return offer;
    }

    /// <summary>
    /// Goods sold by measure: the price is for this content (the measure, 0.75 l), to be compared per base unit (1 l), as
    /// merchant listings read a unit price.
    /// </summary>
    private static Dictionary<string, object?> UnitPricing(Money price, NetContent content) => new()
    {
        ["@type"] = "UnitPriceSpecification",
        ["price"] = price.ToInvariantString(),
        ["priceCurrency"] = price.Currency,
        ["referenceQuantity"] = new Dictionary<string, object?>
        {
            ["@type"] = "QuantitativeValue",
            ["value"] = content.Amount.ToString("0.###", CultureInfo.InvariantCulture),
            ["unitCode"] = content.UnitCode,
            ["valueReference"] = new Dictionary<string, object?> { ["@type"] = "QuantitativeValue", ["value"] = "1", ["unitCode"] = content.BaseUnitCode },
        },
    };

    /// <summary>Where a variant is offered: the product's page (<paramref name="url"/>), with the variant chosen when it has several.</summary>
    internal static string UrlOf(ProductPage product, VariantView v, string url) => product.Variants.Count == 1 ? url : $"{url}?variant={v.Id}";

    /// <summary>"Shirt, Blue / M": the product's name with the variant's title.</summary>
    internal static string Name(ProductPage product, VariantView v) => string.IsNullOrEmpty(v.Title) ? product.Name : $"{product.Name}, {v.Title}";

    /// <summary>The schema.org property an option is, by the names staff give it in the shop's languages; null for the rest.</summary>
    internal static string? VariesBy(string option) => option.Trim().ToLowerInvariant() switch
    {
        "size" or "größe" or "taille" => "size",
        "colour" or "color" or "farbe" or "couleur" => "color",
        "material" or "matière" or "matériau" => "material",
        "pattern" or "muster" or "motif" => "pattern",
        _ => null,
    };
}
