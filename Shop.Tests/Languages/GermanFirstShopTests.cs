using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// A German shop that puts German first (<c>Shop:Languages=de,en,fr</c>): its storefront speaks German without a prefix,
/// and its staff pages stay English, numbers included, so forms come back in the form their fields read.
/// </summary>
public class GermanFirstShopTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new() { ["Shop:Languages"] = "de,en,fr", ["Shop:Currency"] = "EUR" };

    [Test]
    public async Task Staff_save_a_product_unchanged_and_its_amounts_read_with_a_point()
    {
        var email = Accounts.UniqueEmail("german-staff");
        using var staff = await App.CreateAccountAndSignInAsync(email, Shop.Web.Account.Roles.Staff);
        var (slug, price, id) = await App.ProductAsync();

        var (_, form) = await staff.GetPageAsync($"/admin/products/{id}");
        var saved = await staff.SubmitFormAsync(form, "form.product-form");
        var (_, home) = await App.Browser().GetPageAsync("/");

        Assert.Multiple(() =>
        {
            Assert.That(form.QuerySelector("form.product-form input[name=Price]")?.GetAttribute("value"),
                Is.EqualTo(price.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(form.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "saved as it was");
            Assert.That(home.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"), "the storefront still German");
        });
    }
}
