using System.Net.Http.Headers;

namespace Shop.Tests.Admin;

/// <summary>Staff on the product editor page through HTTP: the page's own forms, signed in as staff.</summary>
public abstract class ProductEditorFixture : AdminFixture
{
    private string _staff = "";

    [OneTimeSetUp]
    public async Task CreateStaffAsync()
    {
        _staff = Accounts.UniqueEmail("editor");
        await App.CreateAccountAsync(_staff, roles: Roles.Staff);
    }

    protected Task<HttpClient> StaffAsync() => App.SignedInBrowserAsync(_staff);

    protected static async Task<IDocument> EditorAsync(HttpClient client, int id)
    {
        var (response, page) = await client.GetPageAsync($"/admin/products/{id}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return page;
    }

    protected Task<Product> ProductAsync(int id) => App.WithDbAsync(db => db.Products.AsNoTracking().SingleAsync(p => p.Id == id));

    /// <summary>Defines options through the options form ("Size", "S, M, L"), confirming removals if told to.</summary>
    protected static Task<HttpResponseMessage> DefineOptionsAsync(HttpClient client, IDocument page, params (string Name, string Values)[] options)
    {
        var typed = new Dictionary<string, string?>();
        for (var i = 0; i < Product.MaxOptions; i++)
        {
            typed[$"Options.Rows[{i}].Name"] = i < options.Length ? options[i].Name : "";
            typed[$"Options.Rows[{i}].Values"] = i < options.Length ? options[i].Values : "";
        }
        return client.SubmitFormAsync(page, "form.options-form", typed);
    }

    /// <summary>The grid's row index of each variant title, as the page lists them.</summary>
    protected static Dictionary<string, int> Rows(IDocument page) =>
        page.QuerySelectorAll("tr.variant-row").Select((row, i) => (Title: row.QuerySelector(".variant-title").Text(), i))
            .ToDictionary(r => r.Title, r => r.i);

    /// <summary>Posts the grid with these cells changed: ("M / Blue", "Price", "19.00").</summary>
    protected static Task<HttpResponseMessage> SaveGridAsync(HttpClient client, IDocument page, params (string Variant, string Field, string? Value)[] cells)
    {
        var rows = Rows(page);
        var typed = cells.ToDictionary(c => $"Grid.Variants[{rows[c.Variant]}].{c.Field}", c => c.Value);
        return client.SubmitFormAsync(page, "form.variant-grid-form", typed);
    }

    /// <summary>Posts files as the page's upload form would (several under one name), with its antiforgery token.</summary>
    protected static async Task<HttpResponseMessage> PostFilesAsync(HttpClient client, IDocument page, string formSelector,
        IEnumerable<(string FileName, byte[] Bytes)> files, IDictionary<string, string>? fields = null)
    {
        var form = page.QuerySelector(formSelector) ?? throw new AssertionException($"No form '{formSelector}'");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!), "__RequestVerificationToken");
        foreach (var (name, value) in fields ?? new Dictionary<string, string>()) content.Add(new StringContent(value), name);
        foreach (var (fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            content.Add(file, "pictures", fileName);
        }
        return await client.PostAsync(form.GetAttribute("action"), content);
    }

    protected static void AssertRedirected(HttpResponseMessage response) =>
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), () => response.Content.ReadAsStringAsync().Result);
}
