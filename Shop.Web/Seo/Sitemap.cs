using System.Globalization;
using System.Xml;

namespace Shop.Web.Seo;

/// <summary>
/// The sitemap protocol (sitemaps.org): up to <see cref="MaxUrls"/> URLs in one file; past that, an index that lists
/// numbered files of that many each. Every URL is absolute, from the shop's public address.
/// </summary>
public static class Sitemap
{
    public const int MaxUrls = 50_000;
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static int FileCount(int entries) => Math.Max(1, (entries + MaxUrls - 1) / MaxUrls);

    /// <summary>
    /// A file of URLs: all of them when they fit in one, else one of <see cref="File"/>. With several storefront
    /// languages each URL names its versions in the others (<paramref name="languages"/>: code and path prefix).
    /// </summary>
    public static string UrlSet(string root, IEnumerable<SitemapEntry> entries, IReadOnlyList<(string Code, string Prefix)>? languages = null) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        if (languages is { Count: > 1 }) xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var e in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", root + e.Path);
            foreach (var (code, prefix) in languages is { Count: > 1 } ? languages : [])
            {
                xml.WriteStartElement("xhtml", "link", Xhtml);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", code);
                xml.WriteAttributeString("href", root + prefix + e.Path);
                xml.WriteEndElement();
            }
            if (e.LastModified is { } changed)
                xml.WriteElementString("lastmod", changed.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    });

    public static string Index(string root, int files) => Write(xml =>
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

    public static IEnumerable<SitemapEntry> File(IReadOnlyList<SitemapEntry> entries, int file) =>
        entries.Skip((file - 1) * MaxUrls).Take(MaxUrls);

    private static string Write(Action<XmlWriter> body)
    {
        var text = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            body(xml);
        }
        return text.ToString();
    }

    private sealed class Utf8StringWriter : StringWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
