using System.Net.Http.Headers;

namespace Shop.Tests.Admin;

/// <summary>
/// Staff working through the real pages: two staff accounts, and the product form filled and sent as a browser does
/// (antiforgery tokens, cookies kept, messages read where they are shown).
/// </summary>
public abstract class StaffPagesFixture : ShopFixture
{
    protected string StaffEmail = "", OtherStaffEmail = "";

    [OneTimeSetUp]
    public async Task ArrangeAsync()
    {
        StaffEmail = Accounts.UniqueEmail("staff");
        OtherStaffEmail = Accounts.UniqueEmail("staff2");
        await App.CreateAccountAsync(StaffEmail, roles: Roles.Staff);
        await App.CreateAccountAsync(OtherStaffEmail, roles: Roles.Staff);
    }

    protected static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("n")[..8]}";

    protected Task<int> CategoryAsync() => App.WithDbAsync(db => db.Categories.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    protected async Task<Dictionary<string, string?>> ProductFieldsAsync(string? name = null)
    {
        name ??= Unique("Desk fan");
        return new()
        {
            ["Name"] = name,
            ["Slug"] = name.ToLowerInvariant().Replace(' ', '-'),
            ["Sku"] = Unique("FAN").ToUpperInvariant(),
            ["Price"] = "39.95",
            ["InitialStock"] = "7",
            ["CategoryId"] = (await CategoryAsync()).ToString(),
            ["Description"] = "Quiet.",
            ["IsPublished"] = "true",
        };
    }

    protected async Task<int> CreateThroughFormAsync(HttpClient client, Dictionary<string, string?> fields)
    {
        var response = await client.SubmitFormAsync("/admin/products/new", "form.product-form", fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
    }

    protected static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IDocument page, string formSelector, string field,
        byte[] bytes, string fileName, string contentType)
    {
        var form = page.QuerySelector(formSelector) ?? throw new AssertionException($"No form '{formSelector}'");
        var token = form.QuerySelector($"input[name='{"__RequestVerificationToken"}']")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, field, fileName);
        return await client.PostAsync(form.GetAttribute("action"), content);
    }

    protected static string FieldMessage(IDocument page, string field) => page.Text($"[data-valmsg-for='{field}']");
}
