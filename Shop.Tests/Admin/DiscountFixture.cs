using Microsoft.AspNetCore.Identity;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>A shop with staff signed in who make discount codes on the staff pages, and shoppers who type them in the cart.</summary>
public abstract class DiscountFixture : OrdersFixture
{
    protected static string NewCode() => "T" + Guid.NewGuid().ToString("n")[..10].ToUpperInvariant();

    /// <summary>Posts the new-code form as a browser does: a list with nothing chosen sends nothing.</summary>
    protected Task<HttpResponseMessage> PostNewAsync(Dictionary<string, string?> fields) =>
        Staff.SubmitFormAsync("/admin/discounts/new", "form.discount-form", new Dictionary<string, string?>(fields) { ["ProductIds"] = fields.GetValueOrDefault("ProductIds") });

    /// <summary>Makes a code on the staff page; returns its id.</summary>
    protected async Task<int> CreateAsync(string code, string kind = "Percentage", string value = "10", Dictionary<string, string?>? more = null)
    {
        var fields = new Dictionary<string, string?> { ["Code"] = code.ToLowerInvariant(), ["Kind"] = kind, ["Value"] = value };
        foreach (var (k, v) in more ?? []) fields[k] = v;
        var response = await PostNewAsync(fields);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return await App.WithDbAsync(db => db.DiscountCodes.Where(d => d.Code == code).Select(d => d.Id).SingleAsync());
    }

    protected async Task<IDocument> CartWithCodeAsync(Shopper shopper, string code) =>
        await shopper.Client.FollowAsync(await shopper.Client.SubmitFormAsync("/cart", "form[action='/cart/discount']",
            new Dictionary<string, string?> { ["code"] = code }));

    protected async Task<IElement> RowAsync(string code)
    {
        var (_, list) = await Staff.GetPageAsync("/admin/discounts");
        return list.QuerySelectorAll(".discount-row").Single(r => r.QuerySelector(".discount-code").Text() == code);
    }

    protected Task<List<string>> AuditAsync(int id) => App.WithDbAsync(db => db.AuditEntries
        .Where(e => e.EntityType == "DiscountCode" && e.EntityId == id.ToString()).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
}
