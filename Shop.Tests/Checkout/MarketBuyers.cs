using Shop.Web.Markets;

namespace Shop.Tests.Checkout;

/// <summary>What the tests of selling abroad share: the demo zones loaded, a product to buy, buyers' addresses.</summary>
internal static class MarketBuyers
{
    public static async Task LoadDemoMarketsAsync(this ShopApp app)
    {
        await app.WithDbAsync(async db =>
        {
            DemoMarkets.AddTo(db, app.Services.GetRequiredService<IOptions<Shop.Web.ShopOptions>>().Value.CurrencyCode);
            await db.SaveChangesAsync();
        });
    }

    /// <summary>A simple product (no options, plenty of stock) under 25, so shipping is never free; skip picks another.</summary>
    public static Task<(string Slug, decimal Price, int Id)> ProductAsync(this ShopApp app, int skip = 0) => app.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Price < 25m && p.Variants.Sum(v => v.StockOnHand) > 20)
            .OrderBy(p => p.Id).Skip(skip).Select(p => new { p.Slug, p.Price, p.Id }).FirstAsync();
        return (p.Slug, p.Price, p.Id);
    });

    public static Dictionary<string, string?> Buyer(string email, string country, string city, string postalCode, string region = "",
        string vatNumber = "", string method = "Standard") => new()
    {
        ["Form.Email"] = email,
        ["Form.FullName"] = "Buyer " + country,
        ["Form.Line1"] = "1 Market Street",
        ["Form.City"] = city,
        ["Form.Region"] = region,
        ["Form.PostalCode"] = postalCode,
        ["Form.CountryCode"] = country,
        ["Form.ShippingMethod"] = method,
        ["Form.VatNumber"] = vatNumber,
    };

    public static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static Task<Order> OrderOfAsync(this ShopApp app, string email) =>
        app.WithDbAsync(db => db.Orders.Include(o => o.TaxLines).SingleAsync(o => o.Email == email));

    public static Money? Charged(this ShopApp app, string orderNumber) =>
        app.Services.GetRequiredService<SimulatedBraintreeGateway>().FindByOrderIdAsync(orderNumber).Result is TransactionSearchResult.Found f
            ? f.Transactions.SingleOrDefault()?.Amount
            : null;
}
