using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Shop.Tests.Support;

/// <summary>
/// Posts forms the way a browser does: opens the page, takes the form's own fields (hidden ones and the
/// antiforgery token included), fills in what the test types, and submits with the client's cookies.
/// </summary>
public static class Forms
{
    public const string MainForm = "main form[method=post]";

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IReadOnlyDictionary<string, string> fields, string formSelector = MainForm)
    {
        var (response, page) = await client.GetPageAsync(pageUrl);
        if (!response.IsSuccessStatusCode)
            Assert.Fail($"GET {pageUrl} answered {(int)response.StatusCode} {response.StatusCode}; expected a page with a form");
        return await client.SubmitAsync(page, pageUrl, fields, formSelector);
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, string formSelector) =>
        client.PostFormAsync(pageUrl, new Dictionary<string, string>(), formSelector);

    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string pageUrl, IReadOnlyDictionary<string, string> fields, string formSelector = MainForm)
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement;
        if (form is null) Assert.Fail($"No form '{formSelector}' on {pageUrl}");

        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form!.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (fields.ContainsKey(name)) continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked) values.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "image" }:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        values.AddRange(fields);

        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? pageUrl : action, new FormUrlEncodedContent(values));
    }

    /// <summary>The form's antiforgery token, for tests that post by hand.</summary>
    public static string AntiforgeryToken(this IDocument page, string formSelector = MainForm) =>
        page.QuerySelector($"{formSelector} input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new AssertionException($"No antiforgery token in '{formSelector}'");
}
