namespace Shop.Tests.Checkout;

/// <summary>Saved cards: ticked at checkout, offered at the next one, listed and removed under My account, gone with the account.</summary>
public class SavedCardsTests : ShopFixture
{
    private SimulatedBraintreeGateway Gateway => App.Services.GetRequiredService<SimulatedBraintreeGateway>();

    private static readonly Dictionary<string, string?> Address = new(Shopper.GuestAddress()) { ["Form.Email"] = null };

    private Task<string> SlugAsync() => App.WithDbAsync(db => db.Products
        .Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 50 && p.Price < 100m && p.IsPublished).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());

    private async Task<(Shopper Shopper, ShopUser User)> SignedInAsync(string who)
    {
        var email = Accounts.UniqueEmail(who);
        var user = await App.CreateAccountAsync(email);
        return (new Shopper(await App.SignedInBrowserAsync(email)), user);
    }

    private async Task<IDocument> ReviewAsync(Shopper shopper)
    {
        await shopper.AddToCartAsync(await SlugAsync());
        return await shopper.EnterAddressAsync(Address);
    }

    private Task<string?> CustomerOfAsync(string userId) => App.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.BraintreeCustomerId).SingleAsync());

    private async Task<SavedCard> SaveACardAsync(Shopper shopper, string userId, string nonce = TestNonces.ValidMastercard)
    {
        var paid = await shopper.PayAsync(await ReviewAsync(shopper), nonce, new Dictionary<string, string?> { ["saveCard"] = "true" });
        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"));
        return (await Gateway.CardsAsync((await CustomerOfAsync(userId))!))!.Single();
    }

    [Test]
    public async Task A_card_saved_at_checkout_is_offered_next_time_and_pays_without_typing_it_again()
    {
        var (shopper, user) = await SignedInAsync("save");
        using var _ = shopper;
        var first = await ReviewAsync(shopper);
        Assert.That(first.QuerySelector(".saved-cards"), Is.Null, "nothing saved yet");
        Assert.That(first.Text(".save-card label"), Is.EqualTo("Save this card for next time"));
        await shopper.PayAsync(first, TestNonces.ValidMastercard, new Dictionary<string, string?> { ["saveCard"] = "true" });
        var card = (await Gateway.CardsAsync((await CustomerOfAsync(user.Id))!))!.Single();

        var review = await ReviewAsync(shopper);
        var paid = await shopper.PayAsync(review, "", new Dictionary<string, string?> { ["savedCard"] = card.Id });

        var orders = await App.WithDbAsync(db => db.Orders.Where(o => o.UserId == user.Id).OrderBy(o => o.Id).ToListAsync());
        Assert.Multiple(() =>
        {
            Assert.That(card.Label, Is.EqualTo("Mastercard ending 4444"));
            Assert.That(review.Text(".saved-cards label[for=saved-0]"), Is.EqualTo("Mastercard ending 4444 expires 12/2030"));
            Assert.That(review.QuerySelector("#saved-0")!.HasAttribute("checked"), Is.True, "the saved card is the first choice");
            Assert.That(paid.Headers.Location?.ToString(), Is.EqualTo($"/checkout/confirmation/{orders.Last().Number}"));
            Assert.That(orders.Select(o => o.Status), Is.EqualTo(new[] { OrderStatus.Paid, OrderStatus.Paid }));
        });
    }

    [Test]
    public async Task Without_the_tick_nothing_is_saved()
    {
        var (shopper, user) = await SignedInAsync("nosave");
        using var _ = shopper;
        await shopper.PayAsync(await ReviewAsync(shopper), TestNonces.ValidVisa);
        Assert.That(await CustomerOfAsync(user.Id), Is.Null, "no Braintree customer either");
    }

    [Test]
    public async Task A_guest_is_not_offered_saving_and_cannot_save_by_posting_the_tick()
    {
        using var guest = new Shopper(App.Browser());
        await guest.AddToCartAsync(await SlugAsync());
        var review = await guest.EnterAddressAsync(Shopper.GuestAddress(Accounts.UniqueEmail("guestsave")));
        Assert.That(review.QuerySelector(".save-card"), Is.Null);

        var before = await App.WithDbAsync(db => db.Users.CountAsync(u => u.BraintreeCustomerId != null));
        var paid = await guest.PayAsync(review, TestNonces.ValidVisa, new Dictionary<string, string?> { ["saveCard"] = "true" });

        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "paid, not saved");
        Assert.That(await App.WithDbAsync(db => db.Users.CountAsync(u => u.BraintreeCustomerId != null)), Is.EqualTo(before));
    }

    [Test]
    public async Task Someone_elses_saved_card_charges_nothing()
    {
        var (alice, aliceUser) = await SignedInAsync("alice");
        using var _ = alice;
        var alicesCard = await SaveACardAsync(alice, aliceUser.Id);
        var (mallory, malloryUser) = await SignedInAsync("mallory");
        using var __ = mallory;

        var paid = await mallory.PayAsync(await ReviewAsync(mallory), "", new Dictionary<string, string?> { ["savedCard"] = alicesCard.Id });

        Assert.That(paid.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await paid.ReadHtmlAsync()).Text(".payment-error"), Is.EqualTo("That saved card is not available any more. Choose another card."));
        Assert.That(await App.WithDbAsync(db => db.Orders.CountAsync(o => o.UserId == malloryUser.Id)), Is.Zero);
    }

    [Test]
    public async Task Someone_elses_saved_card_posted_as_a_one_time_card_charges_nothing_for_an_account_or_a_guest()
    {
        var (alice, aliceUser) = await SignedInAsync("alice-nonce");
        using var _ = alice;
        var alicesCard = await SaveACardAsync(alice, aliceUser.Id);
        var (mallory, malloryUser) = await SignedInAsync("mallory-nonce");
        using var __ = mallory;
        using var guest = new Shopper(App.Browser());
        var guestEmail = Accounts.UniqueEmail("guest-nonce");
        await guest.AddToCartAsync(await SlugAsync());

        var byMallory = await mallory.PayAsync(await ReviewAsync(mallory), alicesCard.Id);
        var byGuest = await guest.PayAsync(await guest.EnterAddressAsync(Shopper.GuestAddress(guestEmail)), alicesCard.Id);
        // Her own saved card, as a one-time card: the saved card's way (and its CVV, where asked) is the only way.
        var byAlice = await alice.PayAsync(await ReviewAsync(alice), alicesCard.Id, new Dictionary<string, string?> { ["savedCard"] = "" });

        var orders = await App.WithDbAsync(db => db.Orders
            .Where(o => o.UserId == malloryUser.Id || o.Email == guestEmail || (o.UserId == aliceUser.Id && o.PaymentTransactionId == null))
            .Select(o => new { o.Number, o.Status }).ToListAsync());
        Assert.Multiple(async () =>
        {
            foreach (var refused in new[] { byMallory, byGuest, byAlice })
            {
                Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
                Assert.That((await refused.ReadHtmlAsync()).Text(".payment-error"), Does.Contain("You have not been charged"));
            }
            Assert.That(orders, Has.Count.EqualTo(3));
            Assert.That(orders.Select(o => o.Status), Is.All.EqualTo(OrderStatus.Cancelled), "refused before any charge");
            foreach (var order in orders)
                Assert.That(await Gateway.FindByOrderIdAsync(order.Number), Is.Not.InstanceOf<TransactionSearchResult.Found>().Or.Property("Transactions").Empty, "no transaction at the gateway");
        });
    }

    [Test]
    public async Task My_account_lists_saved_cards_and_removes_them_at_braintree()
    {
        var (shopper, user) = await SignedInAsync("list");
        using var _ = shopper;
        var card = await SaveACardAsync(shopper, user.Id, TestNonces.ValidAmex);

        var (_, page) = await shopper.Client.GetPageAsync("/account/payment-methods");
        Assert.That(page.Text(".saved-card"), Does.Contain("American Express ending 0005").And.Contain("expires 12/2030"));
        Assert.That(page.QuerySelector(".account-menu a[href='/account/payment-methods']"), Is.Not.Null);

        var removed = await shopper.Client.SubmitFormAsync(page, ".saved-card form");
        var after = await shopper.Client.FollowAsync(removed);

        Assert.Multiple(async () =>
        {
            Assert.That(after.Text(".status-message, [role=status]"), Does.Contain("Card removed."));
            Assert.That(after.QuerySelector(".empty-cards"), Is.Not.Null);
            Assert.That(await Gateway.CardsAsync((await CustomerOfAsync(user.Id))!), Is.Empty);
            Assert.That(await Gateway.ChargeAsync(new ChargeRequest(new Money(5m, "USD"), "SHP-GONE-CARD", card.Id, Guid.NewGuid())),
                Is.TypeOf<ChargeResult.Invalid>(), "a removed card cannot be charged");
        });
    }

    [Test]
    public async Task Removing_a_card_that_is_not_yours_is_not_found_and_keeps_yours()
    {
        var (shopper, user) = await SignedInAsync("notmine");
        using var _ = shopper;
        await SaveACardAsync(shopper, user.Id);
        var (_, page) = await shopper.Client.GetPageAsync("/account/payment-methods");

        foreach (var id in new[] { "", "not-my-card" })
        {
            var response = await shopper.Client.SubmitFormAsync(page, ".saved-card form", new Dictionary<string, string?> { ["id"] = id });
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), id);
        }
        Assert.That(await Gateway.CardsAsync((await CustomerOfAsync(user.Id))!), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Deleting_the_account_deletes_its_customer_and_cards_at_braintree()
    {
        var (shopper, user) = await SignedInAsync("erase");
        using var _ = shopper;
        var card = await SaveACardAsync(shopper, user.Id);

        var response = await shopper.Client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Password"] = Accounts.Password });

        Assert.That((int)response.StatusCode, Is.EqualTo(302));
        Assert.That(await Gateway.ChargeAsync(new ChargeRequest(new Money(5m, "USD"), "SHP-ERAS-ED00", card.Id, Guid.NewGuid())),
            Is.TypeOf<ChargeResult.Invalid>(), "the card is gone from the vault");
    }
}
