using MimeKit;
using Shop.Domain.Catalog;
using Shop.Web.Admin.Stock;
using Shop.Web.BackInStock;
using Shop.Web.Catalog;
using Shop.Tests.Orders;

namespace Shop.Tests.Catalog;

/// <summary>A shop with staff signed in, sold-out products to ask about, and the back-in-stock mails a restock sends.</summary>
public abstract class BackInStockFixture : OrdersFixture
{
    protected const string Back = "is back in stock";

    protected async Task<(string Slug, int Id, string Name, int VariantId)> SoldOutAsync(int skip)
    {
        var p = await ProductAsync(skip);
        var variantId = await App.WithDbAsync(async db =>
        {
            var product = await db.Products.Include(x => x.Variants).SingleAsync(x => x.Id == p.Id);
            product.SetStock(0);
            await db.SaveChangesAsync();
            return product.Variants.Single().Id;
        });
        return (p.Slug, p.Id, p.Name, variantId);
    }

    protected static Task<HttpResponseMessage> AskAsync(HttpClient client, IDocument page, string? email) =>
        client.SubmitFormAsync(page, "form.back-in-stock", email is null ? null : new Dictionary<string, string?> { ["email"] = email });

    protected async Task RestockAsync(int productId, int units = 5)
    {
        var response = await Staff.SubmitFormAsync($"/admin/stock/{productId}", "form.stock-form",
            new Dictionary<string, string?> { ["Delta"] = units.ToString(), ["Reason"] = nameof(StockMovementReason.Received) });
        Assert.That((int)response.StatusCode, Is.EqualTo(302), await response.Content.ReadAsStringAsync());
    }

    /// <summary>The mails to <paramref name="email"/> whose subject says the product is back, once at least one has come (or the deadline passed).</summary>
    protected async Task<List<MimeMessage>> BackMailAsync(string email)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var mail = App.MailTo(email).Where(m => (m.Subject ?? "").Contains(Back)).ToList();
            if (mail.Count > 0 || DateTime.UtcNow > deadline) return mail;
            await Task.Delay(50);
        }
    }
}
