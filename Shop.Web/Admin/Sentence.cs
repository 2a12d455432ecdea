using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace Shop.Web.Admin;

/// <summary>
/// A translated sentence with markup in its places ("Refund {0} on order {1}?", each value in a span of its own), so
/// the words around the values follow the language's order. Text values are encoded; markup comes from <see cref="Tag"/>.
/// </summary>
public static partial class Sentence
{
    public static IHtmlContent Of(LocalizedString template, params object?[] values)
    {
        var html = new HtmlContentBuilder();
        var pieces = Place().Split(template.Value);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (i % 2 == 0) html.Append(pieces[i]);
            else if (values[int.Parse(pieces[i])] is IHtmlContent markup) html.AppendHtml(markup);
            else html.Append(Convert.ToString(values[int.Parse(pieces[i])], System.Globalization.CultureInfo.CurrentCulture));
        }
        return html;
    }

    /// <summary>A value in an element of its own (tests and styles find it by its class); a link when given <paramref name="href"/>.</summary>
    public static IHtmlContent Tag(string element, string? @class, object? value, string? href = null)
    {
        var tag = new TagBuilder(element);
        if (@class is not null) tag.AddCssClass(@class);
        if (href is not null) tag.Attributes["href"] = href;
        if (value is IHtmlContent markup) tag.InnerHtml.AppendHtml(markup);
        else tag.InnerHtml.Append(Convert.ToString(value, System.Globalization.CultureInfo.CurrentCulture) ?? "");
        return tag;
    }

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Place();
}
