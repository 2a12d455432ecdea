using Shop.Tests.Checkout;

namespace Shop.Tests.Languages;

/// <summary>
/// A tax's name and rate as each language writes them: the German cart says "inkl. MwSt. 19 %", the French "Dont TVA
/// 19 %", the English one "Includes VAT 19%", from the one stored label.
/// </summary>
public class TaxLabelTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr", ["Shop:Currency"] = "EUR", ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true", ["Shop:Tax:ShopCountry"] = "DE",
    };

    [OneTimeSetUp]
    public Task LoadMarkets() => App.LoadDemoMarketsAsync();

    [TestCase("", "Includes VAT 19%")]
    [TestCase("/de", "inkl. MwSt. 19 %")]
    [TestCase("/fr", "Dont TVA 19 %")]
    public async Task The_carts_tax_row_names_the_tax_in_the_shoppers_language(string prefix, string row) =>
        Assert.That((await CartAsync(prefix)).Text(".tax-rate"), Is.EqualTo(row));

    /// <summary>The cart page of a shopper who added a product, in the language of <paramref name="prefix"/>.</summary>
    private async Task<IDocument> CartAsync(string prefix)
    {
        var (slug, _, _) = await App.ProductAsync();
        using var client = App.Browser();
        await client.SubmitFormAsync($"{prefix}/p/{slug}", "form.buy-box");
        return (await client.GetPageAsync($"{prefix}/cart")).Page;
    }

    [TestCase("", "Shipping to Germany (DHL Paket)")]
    [TestCase("/de", "Versand (DHL Paket, Deutschland)")]
    [TestCase("/fr", "Livraison (DHL Paket, Allemagne)")]
    public async Task The_carts_shipping_estimate_names_the_country_and_the_way_checkout_will_offer(string prefix, string label) =>
        Assert.That((await CartAsync(prefix)).Text(".cart-shipping-label"), Is.EqualTo(label));

    [TestCase("en", "VAT 20% (AT)", "VAT 20% (AT)")]
    [TestCase("de", "VAT 20% (AT)", "MwSt. 20\u00A0% (AT)")]
    [TestCase("fr", "VAT 5.5%", "TVA 5,5\u00A0%")]
    [TestCase("de", "Luxury levy 3%", "Luxury levy 3\u00A0%")]
    [TestCase("de", "Not a rate", "Not a rate")]
    public void A_stored_label_reads_in_the_language(string language, string stored, string shown)
    {
        using var _ = new Shop.Web.Languages.ShopLanguages(["en", "de", "fr"]).OrDefault(language).Speak();
        Assert.That(Shop.Web.Shared.TaxRows.InLanguage(stored), Is.EqualTo(shown));
    }
}

/// <summary>A shop without tax zones stores its one rate as "Tax 20%": each language's row reads as with zones ("Dont TVA
/// 20 %" beside "Dont taxes 20 %"), not in a wording of its own.</summary>
public class TaxLabelWithoutZonesTests : ShopFixture
{
    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:Languages"] = "en,de,fr", ["Shop:Currency"] = "EUR", ["Shop:Tax:Rate"] = "0.20", ["Shop:Tax:PricesIncludeTax"] = "true",
    };

    [TestCase("", "Includes tax 20%")]
    [TestCase("/de", "inkl. Steuer 20 %")]
    [TestCase("/fr", "Dont taxes 20 %")]
    public async Task The_carts_tax_row_reads_as_the_zones_rows_do(string prefix, string row)
    {
        var (slug, _, _) = await App.ProductAsync();
        using var client = App.Browser();
        await client.SubmitFormAsync($"{prefix}/p/{slug}", "form.buy-box");
        Assert.That((await client.GetPageAsync($"{prefix}/cart")).Page.Text(".tax-rate"), Is.EqualTo(row));
    }
}
