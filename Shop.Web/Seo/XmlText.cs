using System.Xml;

namespace Shop.Web.Seo;

/// <summary>An XML document written to a string that says UTF-8 in its declaration, as it is served.</summary>
public static class XmlText
{
    public static string Write(Action<XmlWriter> body)
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
