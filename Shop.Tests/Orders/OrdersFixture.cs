using Shop.Web.Admin;
using Shop.Web.Admin.Orders;

namespace Shop.Tests.Orders;

/// <summary>
/// One shop per fixture with a signed-in staff member. Orders are made the way shoppers make them (cart, checkout,
/// test card) and each test makes its own, with its own email address, so tests do not see each other's orders.
/// </summary>
public abstract class OrdersFixture : ShopFixture
{
    protected HttpClient Staff { get; private set; } = null!;
    protected string StaffEmail { get; } = Accounts.UniqueEmail("staff");

    // The reconciler must not settle the tests' pending orders behind their back.
    protected override ShopApp CreateShop() =>
        new(new(ShopSettings) { ["Shop:Payments:Reconciliation:AskAfter"] = "01:00:00" }) { TestServices = TestServices };

    /// <summary>Settings of this fixture's shop, as an operator would put them in appsettings.json.</summary>
    protected virtual Dictionary<string, string?> ShopSettings => [];

    [OneTimeSetUp]
    public async Task SignInStaff()
    {
        Staff = await App.CreateAccountAndSignInAsync(StaffEmail, Roles.Staff);
    }

    /// <summary>Services a fixture puts in place of the shop's own (a gateway that holds its answers, say).</summary>
    protected virtual Action<IServiceCollection>? TestServices => null;

    [OneTimeTearDown]
    public void SignOutStaff() => Staff.Dispose();

    protected SimulatedBraintreeGateway Gateway => App.Services.GetRequiredService<SimulatedBraintreeGateway>();

    /// <summary>A published product with plenty of stock at a price the test card pays (the <paramref name="skip"/>th such).</summary>
    protected Task<(string Slug, int Id, string Name)> ProductAsync(int skip = 0) => App.WithDbAsync(async db =>
    {
        var p = await db.Products.Where(p => !p.Options.Any() && p.IsPublished && p.Variants.Sum(v => v.StockOnHand) >= 20 && p.Price < 100m)
            .OrderBy(p => p.Id).Skip(skip).FirstAsync();
        return (p.Slug, p.Id, p.Name);
    });

    protected async Task<StaffMember> StaffMemberAsync() =>
        new(await App.WithDbAsync(db => db.Users.Where(u => u.Email == StaffEmail).Select(u => u.Id).SingleAsync()), StaffEmail);

    /// <summary>A signed-in shopper's order of <paramref name="quantity"/>, paid (settled), shipped and delivered.</summary>
    protected async Task<(HttpClient Me, string Email, string Number)> DeliveredAsync(int quantity = 2, int product = 0)
    {
        var email = Unique("returns");
        var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, quantity: quantity, product: product, client: me);
        Gateway.Settle(await TransactionOfAsync(number));
        var by = await StaffMemberAsync();
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-R", null, by, CancellationToken.None));
        var delivered = await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        Assert.That(delivered.Outcome, Is.EqualTo(OrderActionOutcome.Done), delivered.Message);
        return (me, email, number);
    }

    protected static async Task<HttpResponseMessage> AskAsync(HttpClient me, string number, string quantity, string reason)
    {
        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        return await me.SubmitFormAsync(page, "form.return-form", new Dictionary<string, string?> { ["Lines[0].Quantity"] = quantity, ["Lines[0].Reason"] = reason });
    }

    protected Task<int> StockAsync(int productId) =>
        App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Id == productId).Select(p => p.Variants.Sum(v => v.StockOnHand)).SingleAsync());

    protected Task<Order> OrderAsync(string number) => App.WithDbAsync(db =>
        db.Orders.AsSplitQuery().Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Number == number));

    /// <summary>Checks out as a guest (or with <paramref name="client"/>'s account) and returns the order number.</summary>
    protected async Task<string> PlaceOrderAsync(string email, string nonce = TestNonces.Valid, int quantity = 1, int product = 0,
        HttpClient? client = null, string? company = null, string? name = null)
    {
        var p = await ProductAsync(product);
        var shopper = new Shopper(client ?? App.Browser());
        await shopper.AddToCartAsync(p.Slug, quantity);
        var address = Shopper.GuestAddress(email);
        if (company is not null) address["Form.Company"] = company;
        if (name is not null) address["Form.FullName"] = name;
        var response = await shopper.CheckoutAsync(nonce, address);
        Assert.That((int)response.StatusCode, Is.EqualTo(302), await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.ToString();
        Assert.That(location, Does.StartWith("/checkout/confirmation/"));
        if (client is null) shopper.Dispose();
        return location["/checkout/confirmation/".Length..];
    }

    /// <summary>A checkout whose card is declined (the order is cancelled unpaid); returns that order's number.</summary>
    protected async Task<string> DeclinedAttemptAsync(string email, HttpClient? client = null)
    {
        var p = await ProductAsync();
        var shopper = new Shopper(client ?? App.Browser());
        await shopper.AddToCartAsync(p.Slug);
        await shopper.CheckoutAsync(TestNonces.ProcessorDeclined, Shopper.GuestAddress(email));
        if (client is null) shopper.Dispose();
        var number = await App.WithDbAsync(db => db.Orders.Where(o => o.Email == email).OrderByDescending(o => o.Id).Select(o => o.Number).FirstAsync());
        Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Cancelled), "the declined attempt is cancelled");
        return number;
    }

    protected async Task<string> TransactionOfAsync(string number) => (await OrderAsync(number)).PaymentTransactionId!;

    protected async Task<IDocument> OrderPageAsync(string number)
    {
        var (response, page) = await Staff.GetPageAsync($"/admin/orders/{number}");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return page;
    }

    /// <summary>The notice the staff page shows after an action redirected to it.</summary>
    protected async Task<string> NoticeAfterAsync(HttpResponseMessage response) => (await Staff.FollowAsync(response)).Text(".admin-notice");

    /// <summary>The error the staff order page shows after an action was refused with <paramref name="status"/>.</summary>
    protected async Task<string> ErrorAfterAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.That(response.StatusCode, Is.EqualTo(status), await response.Content.ReadAsStringAsync());
        return (await response.ReadHtmlAsync()).Text(".order-error");
    }

    /// <summary>The audit log's entries of an order, oldest first, as "Action by email".</summary>
    protected Task<List<string>> OrderAuditAsync(string number) => App.WithDbAsync(db => db.AuditEntries
        .Where(e => e.EntityType == "Order" && e.EntityId == number).OrderBy(e => e.Id).Select(e => e.Action + " by " + e.UserEmail).ToListAsync());

    /// <summary>The status of the order's one transaction at the gateway, or "none".</summary>
    protected async Task<string> GatewayStatusAsync(string number) =>
        (await Gateway.FindByOrderIdAsync(number)) is TransactionSearchResult.Found f ? f.Transactions.Single().Status : "none";

    /// <summary>
    /// Fills and submits an action form on the staff order page, as staff would; when the shop asks to confirm
    /// (a refund, a cancellation), confirms.
    /// </summary>
    protected async Task<HttpResponseMessage> ActAsync(string number, string formSelector, Dictionary<string, string?>? typed = null)
    {
        var response = await Staff.SubmitFormAsync(await OrderPageAsync(number), formSelector, typed);
        if (response.StatusCode != HttpStatusCode.OK) return response;
        var page = await response.ReadHtmlAsync();
        return page.QuerySelector("form.confirm-form") is null ? response : await Staff.SubmitFormAsync(page, "form.confirm-form");
    }

    /// <summary>Posts an action the page does not offer (its form is hidden), with a token from the page, as a stale tab would.</summary>
    protected async Task<HttpResponseMessage> ForceAsync(string number, string action, Dictionary<string, string> fields)
    {
        var page = await OrderPageAsync(number);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new AssertionException("No antiforgery token on the order page");
        fields["__RequestVerificationToken"] = token;
        return await Staff.PostAsync($"/admin/orders/{number}/{action}", new FormUrlEncodedContent(fields));
    }

    protected static string Unique(string who) => Accounts.UniqueEmail(who);
}
