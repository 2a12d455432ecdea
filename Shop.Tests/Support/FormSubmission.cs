using AngleSharp.Html.Dom;

namespace Shop.Tests.Support;

/// <summary>
/// Submits a form picked by CSS selector, as a browser would: its own fields, hidden ones and antiforgery token, plus
/// what a person typed (a null value removes a field). Also follows redirects like a browser.
/// </summary>
public static class FormSubmission
{
    /// <summary>
    /// Fills and posts the form matching <paramref name="selector"/> on <paramref name="page"/>; a form without an
    /// action posts to <paramref name="fallbackAction"/> (the page's own address when not given).
    /// </summary>
    public static Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, IDocument page, string selector,
        IDictionary<string, string?>? typed = null, string? fallbackAction = null)
    {
        var form = page.QuerySelector(selector) as IHtmlFormElement
                   ?? throw new AssertionException($"No form '{selector}' on {fallbackAction ?? page.Url}");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>())
        {
            if (string.IsNullOrEmpty(input.Name) || input.Type is "submit" or "button") continue;
            if (input.Type is "checkbox" or "radio" && !input.IsChecked) continue;
            fields.Add(new(input.Name, input.Value));
        }
        foreach (var select in form.Elements.OfType<IHtmlSelectElement>())
            if (!string.IsNullOrEmpty(select.Name)) fields.Add(new(select.Name, select.Value ?? ""));
        foreach (var area in form.Elements.OfType<IHtmlTextAreaElement>())
            if (!string.IsNullOrEmpty(area.Name)) fields.Add(new(area.Name, area.Value));

        foreach (var (name, value) in typed ?? new Dictionary<string, string?>())
        {
            fields.RemoveAll(f => f.Key.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (value is not null) fields.Add(new(name, value));
        }
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : fallbackAction ?? new Uri(page.Url).PathAndQuery;
        return client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Opens <paramref name="url"/> and submits the form on it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string url, string selector,
        IDictionary<string, string?>? typed = null)
    {
        var (_, page) = await client.GetPageAsync(url);
        return await client.SubmitFormAsync(page, selector, typed);
    }

    /// <summary>Follows a redirect the way a browser would and reads the page it lands on.</summary>
    public static async Task<AngleSharp.Dom.IDocument> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        Assert.That((int)response.StatusCode, Is.InRange(300, 399), $"expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.ToString());
        return page;
    }
}
