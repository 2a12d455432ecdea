namespace Shop.Tests.Support;

/// <summary>A shopper with their own cookies, doing what a person does: add to cart, check out, pay.</summary>
public sealed class Shopper(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static Dictionary<string, string?> GuestAddress(string email = "guest@example.com") => new()
    {
        ["Form.Email"] = email,
        ["Form.FullName"] = "Ada Lovelace",
        ["Form.Line1"] = "12 Analytical Row",
        ["Form.City"] = "London",
        ["Form.PostalCode"] = "N1 9GU",
        ["Form.CountryCode"] = "GB",
        ["Form.ShippingMethod"] = "Standard",
    };

    public async Task AddToCartAsync(string slug, int quantity = 1)
    {
        var response = await Client.SubmitFormAsync($"/p/{slug}", "form.buy-box", new Dictionary<string, string?> { ["quantity"] = quantity.ToString() });
        Assert.That((int)response.StatusCode, Is.EqualTo(302), $"add {slug} to cart");
    }

    /// <summary>Fills the delivery step and returns the review page.</summary>
    public async Task<IDocument> EnterAddressAsync(Dictionary<string, string?>? address = null)
    {
        var response = await Client.SubmitFormAsync("/checkout", "form.checkout-address", address ?? GuestAddress());
        return await Client.FollowAsync(response);
    }

    /// <summary>Pays on the review page with a test nonce; returns the raw response (redirect or payment page).</summary>
    public Task<HttpResponseMessage> PayAsync(IDocument review, string nonce, IDictionary<string, string?>? extra = null)
    {
        var fields = new Dictionary<string, string?> { ["nonce"] = nonce };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) fields[k] = v;
        return Client.SubmitFormAsync(review, "form.payment-form", fields);
    }

    public async Task<HttpResponseMessage> CheckoutAsync(string nonce = "fake-valid-nonce", Dictionary<string, string?>? address = null)
    {
        var review = await EnterAddressAsync(address);
        return await PayAsync(review, nonce);
    }

    public void Dispose() => Client.Dispose();
}
