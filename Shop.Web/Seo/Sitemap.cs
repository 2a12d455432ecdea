using System.Globalization;
using System.Xml;

namespace Shop.Web.Seo;

/// <summary>
/// The sitemap protocol (sitemaps.org): up to <see cref="MaxUrls"/> URLs in one file; past that, an index that lists
/// numbered files of that many each. Every page counts once per language. Every URL is absolute, from the shop's public address.
/// </summary>
public static class Sitemap
{
    public const int MaxUrls = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>How many files hold <paramref name="entries"/> pages, each a URL in every one of <paramref name="languages"/>.</summary>
    public static int FileCount(int entries, int languages = 1) =>
        (int)Math.Max(1, ((long)entries * Math.Max(1, languages) + MaxUrls - 1) / MaxUrls);

    /// <summary>
    /// File <paramref name="file"/> of the URLs: one for each page in each language (<paramref name="languages"/>: code
    /// and path prefix, the default first; none means the default's alone), as Google's localized-versions format has
    /// it. Each names every language's version, itself and x-default included.
    /// </summary>
    public static string UrlSet(string root, IEnumerable<SitemapEntry> entries, IReadOnlyList<(string Code, string Prefix)>? languages = null,
        int file = 1) => XmlText.Write(xml =>
    {
        var several = languages is { Count: > 1 };
        IReadOnlyList<(string Code, string Prefix)> versions = several ? languages! : [("", "")];
        xml.WriteStartElement("urlset", Namespace);
        if (several) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        var urls = entries.SelectMany(e => versions.Select(v => (Entry: e, v.Prefix))).Skip((file - 1) * MaxUrls).Take(MaxUrls);
        foreach (var (e, prefix) in urls)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", root + prefix + e.Path);
            // Before the links: the protocol's schema has its own elements first, other namespaces after.
            if (e.LastModified is { } changed)
                xml.WriteElementString("lastmod", changed.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (several)
            {
                foreach (var (code, other) in versions) Alternate(xml, code, root + other + e.Path);
                Alternate(xml, "x-default", root + versions[0].Prefix + e.Path);
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    public static string Index(string root, int files) => XmlText.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", Namespace);
        for (var n = 1; n <= files; n++)
        {
            xml.WriteStartElement("sitemap");
            xml.WriteElementString("loc", $"{root}/sitemap-{n}.xml");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });
}
