using System.Globalization;
using System.Xml;
using Shop.Domain;
using Shop.Web.Catalog;
using Shop.Web.Shared;

namespace Shop.Web.Seo;

/// <summary>
/// The catalog as shopping listings read it (Google Merchant Center's product data, RSS 2.0): one item per variant on
/// sale, in one language, with the price the product page shows (a struck price as the regular price and today's as the
/// sale price), its availability, pictures, category, option values (colour, size, … as the structured data names them)
/// and unit price; the product's brand and the variant's barcode (GTIN), or that it has none (<c>identifier_exists</c>).
/// </summary>
public static class ProductFeed
{
    private const string Google = "http://base.google.com/ns/1.0";
    private const int TitleMax = 150, DescriptionMax = 5000, MorePictures = 10;

    /// <param name="root">The shop's public address, before a picture's one URL in every language.</param>
    /// <param name="pageRoot">With the feed's language prefix, before its pages.</param>
    /// <param name="brand">Printed on every item whose product names no brand of its own; empty: none.</param>
    public static string Write(IEnumerable<ProductPage> products, string shopName, string root, string pageRoot, string brand) =>
        XmlText.Write(xml =>
        {
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "g", null, Google);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", shopName);
            xml.WriteElementString("link", pageRoot + "/");
            xml.WriteElementString("description", shopName);
            foreach (var product in products)
                foreach (var variant in product.Variants)
                    Item(xml, product, variant, root, pageRoot, brand);
            xml.WriteEndElement();
            xml.WriteEndElement();
        });

    private static void Item(XmlWriter xml, ProductPage product, VariantView v, string root, string pageRoot, string brand)
    {
        xml.WriteStartElement("item");
        G(xml, "id", v.Sku);
        if (product.HasOptions) G(xml, "item_group_id", product.Id.ToString(CultureInfo.InvariantCulture));
        G(xml, "title", Cut(ProductHeadTags.Name(product, v), TitleMax));
        G(xml, "description", Cut(string.IsNullOrWhiteSpace(product.Description) ? product.Name : product.Description, DescriptionMax));
        G(xml, "link", ProductHeadTags.UrlOf(product, v, $"{pageRoot}/p/{product.Slug}"));
        var pictures = (v.ImagePath is { } own ? product.Images.Select(i => i.Path).Prepend(own).Distinct() : product.Images.Select(i => i.Path)).ToList();
        if (pictures.Count > 0) G(xml, "image_link", root + Pictures.Large(pictures[0]));
        foreach (var more in pictures.Skip(1).Take(MorePictures)) G(xml, "additional_image_link", root + Pictures.Large(more));
        G(xml, "availability", v.Stock.IsSoldOut ? "out_of_stock" : "in_stock");
        if (v.CompareAtPrice is { } was)
        {
            G(xml, "price", Price(was));
            G(xml, "sale_price", Price(v.Price));
        }
        else G(xml, "price", Price(v.Price));
        G(xml, "condition", "new");
        if ((product.Brand ?? brand) is { Length: > 0 } made) G(xml, "brand", made);
        if (v.Gtin is { } gtin) G(xml, "gtin", gtin);
        else G(xml, "identifier_exists", "no");
        G(xml, "product_type", product.Category.Name);
        for (var i = 0; i < product.Options.Count && i < v.Values.Count; i++)
            if (ProductHeadTags.VariesBy(product.Options[i].Name) is { } attribute) G(xml, attribute, product.Options[i].LabelOf(v.Values[i]));
        if (v.UnitPrice is { } unit)
        {
            G(xml, "unit_pricing_measure", Units(unit.Content.ToString()));
            G(xml, "unit_pricing_base_measure", Units(unit.Content.BaseUnit));
        }
        xml.WriteEndElement();
    }

    private static void G(XmlWriter xml, string name, string value) => xml.WriteElementString("g", name, Google, value);

    private static string Price(Money m) => $"{m.ToInvariantString()} {m.Currency}";

    /// <summary>"0.75 l" as the listings write units: their names for cubic and square metres, the symbols for the rest.</summary>
    private static string Units(string measure) => measure.Replace("m³", "cbm", StringComparison.Ordinal).Replace("m²", "sqm", StringComparison.Ordinal);

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
