using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Shop.Web.Shared;

/// <summary>
/// Errors the server found reach a screen reader as the browser's own (jquery-validation's) do: a wrong field gets
/// <c>aria-invalid</c> and <c>aria-describedby</c> naming its message, which carries jquery-validation's id,
/// "{field id}-error". And the page opens on its first error (<c>autofocus</c>, so without script too): the whole
/// form's message (a summary or <c>whole-form-errors</c>, above the fields) when there is one, else the first wrong field.
/// An empty summary's placeholder is hidden without an inline style. Runs after MVC's own tag helpers, which write the
/// fields' names and the summary.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
[HtmlTargetElement(Attributes = "asp-validation-summary")]
[HtmlTargetElement(Attributes = WholeFormAttribute)]
public sealed class FormErrorTagHelper(IHtmlGenerator generator) : TagHelper
{
    /// <summary>Marks an element that shows the whole form's errors and is rendered only when there are some.</summary>
    public const string WholeFormAttribute = "whole-form-errors";

    private static readonly object FocusTaken = new();

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override int Order => 100;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.TagName is null) return; // suppressed (an empty summary)
        if (context.AllAttributes.ContainsName(WholeFormAttribute))
        {
            output.Attributes.RemoveAll(WholeFormAttribute);
            Focusable(output);
        }
        else if (context.AllAttributes.ContainsName("asp-validation-summary"))
        {
            if (IsWrong(ViewContext.ViewData.TemplateInfo.HtmlFieldPrefix)) Focusable(output);
            WithoutInlineStyle(output.PostContent);
        }
        else if (context.TagName == "span")
        {
            if (Text(output, "data-valmsg-for") is not { } field || !IsWrong(field)) return;
            var message = new TagBuilder("span");
            message.Attributes["id"] = ErrorId(field);
            output.PreContent.AppendHtml(message.RenderStartTag());
            output.PostContent.AppendHtml(message.RenderEndTag());
        }
        else if (Text(output, "name") is { } name && IsWrong(name) && Text(output, "type") != "hidden")
        {
            var error = ErrorId(name);
            var describedBy = Text(output, "aria-describedby");
            output.Attributes.SetAttribute("aria-invalid", "true");
            if (describedBy?.Split(' ').Contains(error) != true)
                output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(describedBy) ? error : $"{describedBy} {error}");
            if (FirstError()) output.Attributes.SetAttribute("autofocus", "autofocus");
        }
    }

    /// <summary>
    /// An empty summary's placeholder line, which MVC hides with a style attribute the Content-Security-Policy refuses
    /// (a violation in every browser that shows the form), hidden with the attribute meant for it instead.
    /// </summary>
    private static void WithoutInlineStyle(TagHelperContent summary)
    {
        const string placeholder = "<li style=\"display:none\"></li>";
        var html = summary.GetContent();
        if (html.Contains(placeholder, StringComparison.Ordinal)) summary.SetHtmlContent(html.Replace(placeholder, "<li hidden></li>", StringComparison.Ordinal));
    }

    private void Focusable(TagHelperOutput errors)
    {
        errors.Attributes.SetAttribute("tabindex", "-1");
        if (FirstError()) errors.Attributes.SetAttribute("autofocus", "autofocus");
    }

    /// <summary>MVC's own test for the validation classes it writes.</summary>
    private bool IsWrong(string key) => ViewContext.ViewData.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0;

    private bool FirstError() => ViewContext.HttpContext.Items.TryAdd(FocusTaken, true);

    private string ErrorId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, generator.IdAttributeDotReplacement) + "-error";

    private static string? Text(TagHelperOutput output, string attribute)
    {
        switch (output.Attributes[attribute]?.Value)
        {
            case null: return null;
            case IHtmlContent html:
                using (var text = new StringWriter())
                {
                    html.WriteTo(text, HtmlEncoder.Default);
                    return text.ToString();
                }
            case var value: return value.ToString();
        }
    }
}
