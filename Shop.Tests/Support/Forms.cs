namespace Shop.Tests.Support;

/// <summary>
/// Posts forms the way a browser does: opens the page, takes the form's own fields (hidden ones and the
/// antiforgery token included), fills in what the test types, and submits with the client's cookies. The work is
/// done by <see cref="FormSubmission.SubmitFormAsync(HttpClient, IDocument, string, IDictionary{string, string?}?, string?)"/>;
/// these overloads take the typed values as plain strings and default to the page's main form.
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

    public static Task<HttpResponseMessage> SubmitAsync(this HttpClient client, IDocument page, string pageUrl, IReadOnlyDictionary<string, string> fields, string formSelector = MainForm) =>
        client.SubmitFormAsync(page, formSelector, fields.ToDictionary(f => f.Key, f => (string?)f.Value), fallbackAction: pageUrl);

    /// <summary>The form's antiforgery token, for tests that post by hand.</summary>
    public static string AntiforgeryToken(this IDocument page, string formSelector = MainForm) =>
        page.QuerySelector($"{formSelector} input[name=__RequestVerificationToken]")?.GetAttribute("value")
        ?? throw new AssertionException($"No antiforgery token in '{formSelector}'");
}
