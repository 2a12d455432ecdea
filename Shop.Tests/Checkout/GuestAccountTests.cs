namespace Shop.Tests.Checkout;

/// <summary>A guest makes an account from their order's confirmation with one field: the password.</summary>
public class GuestAccountTests : ShopFixture
{
    private async Task<(Shopper Shopper, IDocument Confirmation, string Number)> GuestBuysAsync(string email)
    {
        var slug = await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) >= 20)
            .OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync(slug);
        var response = await shopper.CheckoutAsync(TestNonces.Valid, Shopper.GuestAddress(email));
        var number = response.Headers.Location!.ToString().Split('/').Last();
        return (shopper, await shopper.Client.FollowAsync(response), number);
    }

    private static Task<HttpResponseMessage> CreateAccountAsync(Shopper shopper, IDocument confirmation, string password = Accounts.Password) =>
        shopper.Client.SubmitFormAsync(confirmation, ".guest-account form", new Dictionary<string, string?> { ["Password"] = password });

    /// <summary>Opens the mailed confirmation link and, where it offers to, adds the guest orders with <paramref name="password"/>.</summary>
    private async Task<(IDocument Confirmed, HttpResponseMessage? Claim)> ConfirmAsync(HttpClient client, string email, string? password = Accounts.Password)
    {
        var (_, confirmed) = await client.ConfirmEmailAsync(App.LastMailTo(email).LinkTo("/account/confirm-email"));
        if (password is null || confirmed.QuerySelector("form.claim-orders") is null) return (confirmed, null);
        return (confirmed, await client.SubmitFormAsync(confirmed, "form.claim-orders", new Dictionary<string, string?> { ["password"] = password }));
    }

    private Task<string?> OwnerAsync(string number) => App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.UserId).SingleAsync());

    [Test]
    public async Task A_guest_gets_an_account_with_one_password_the_usual_mail_and_their_guest_orders_in_it()
    {
        var email = Accounts.UniqueEmail("guest");
        var (earlier, _, first) = await GuestBuysAsync(email);
        earlier.Dispose();
        var (shopper, confirmation, second) = await GuestBuysAsync(email);
        using var _ = shopper;
        Assert.That(confirmation.Text(".guest-account"), Does.Contain(email));

        var response = await CreateAccountAsync(shopper, confirmation);
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo("/account/check-email"));
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));
        Assert.Multiple(async () =>
        {
            Assert.That(user.EmailConfirmed, Is.False, "confirmed by the mailed link, as any account");
            Assert.That(user.FullName, Is.EqualTo("Ada Lovelace"));
            Assert.That(await OwnerAsync(second), Is.EqualTo(user.Id), "the order whose page made the account");
            Assert.That(await OwnerAsync(first), Is.Null, "the address's other guest orders wait for the mailbox and the password");
        });

        var (confirmed, claim) = await ConfirmAsync(shopper.Client, email);
        var claimed = await claim!.ReadHtmlAsync();
        await shopper.Client.SignInAsync(email);
        var (_, orders) = await shopper.Client.GetPageAsync("/account/orders");

        Assert.That(confirmed.Text(".claim-orders"), Does.Contain("1 earlier order was placed as a guest"));
        Assert.That(claimed.Text(".claimed-orders"), Does.Contain("1 earlier order placed as a guest with this address is now in your account"));
        Assert.That(orders.Body!.TextContent, Does.Contain(first).And.Contain(second));
    }

    [Test]
    public async Task A_double_click_on_Create_my_account_makes_one_account_holding_the_order()
    {
        var email = Accounts.UniqueEmail("double-guest");
        var (shopper, confirmation, number) = await GuestBuysAsync(email);
        using var _ = shopper;

        // Sent three times at once: the posts after the first met the first's new account and answered 500.
        var posts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CreateAccountAsync(shopper, confirmation)));
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email));

        Assert.Multiple(async () =>
        {
            Assert.That(posts.Select(p => (int)p.StatusCode), Is.All.EqualTo(302), "never an error page");
            Assert.That(posts.Select(p => p.Headers.Location?.ToString()), Is.All.EqualTo("/account/check-email"));
            Assert.That(await OwnerAsync(number), Is.EqualTo(user.Id));
        });
    }

    [Test]
    public async Task An_account_made_with_someone_elses_address_never_gets_their_orders()
    {
        var email = Accounts.UniqueEmail("victim");
        var (victim, _, victimsOrder) = await GuestBuysAsync(email);
        using var _ = victim;
        var (mallory, confirmation, mallorysOrder) = await GuestBuysAsync(email.ToUpperInvariant());
        using var __ = mallory;

        await CreateAccountAsync(mallory, confirmation, "Mallory-Pass-987");
        var (stillVictims, _) = await victim.Client.GetPageAsync($"/checkout/confirmation/{victimsOrder}");
        // The victim opens the mail they did not ask for, and does not know Mallory's password.
        var (confirmed, wrong) = await ConfirmAsync(victim.Client, email, "a-guess-1234");
        var refused = await wrong!.ReadHtmlAsync();

        Assert.Multiple(async () =>
        {
            Assert.That(await OwnerAsync(mallorysOrder), Is.Not.Null, "Mallory's own order is in the account she made");
            Assert.That(await OwnerAsync(victimsOrder), Is.Null, "neither by making the account nor by confirming its address");
            Assert.That(stillVictims.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the victim's page is still theirs");
            Assert.That(wrong!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(refused.Text("[data-valmsg-for=password]"), Is.EqualTo("That is not this account's password."));
            Assert.That(confirmed.Text(".claim-orders"), Does.Contain("1 earlier order was placed as a guest"));
        });

        // The mailbox's owner takes the account over with a password reset, and with it their orders.
        await victim.Client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        var reset = await victim.Client.PostFormAsync(App.LastMailTo(email).LinkTo("/account/reset-password"),
            new Dictionary<string, string> { ["Password"] = "Victims-Own-Pass-1" });
        Assert.That(reset.Headers.Location?.OriginalString, Is.EqualTo("/account/reset-password/done"));
        Assert.That(await OwnerAsync(victimsOrder), Is.Not.Null);
    }

    [Test]
    public async Task After_making_the_account_the_placing_browser_still_sees_its_confirmation_and_no_other_browser_does()
    {
        var email = Accounts.UniqueEmail("reload");
        var (shopper, confirmation, number) = await GuestBuysAsync(email);
        using var _ = shopper;
        await CreateAccountAsync(shopper, confirmation);

        var (reloaded, page) = await shopper.Client.GetPageAsync($"/checkout/confirmation/{number}");
        using var stranger = App.Browser();
        var (strangers, _) = await stranger.GetPageAsync($"/checkout/confirmation/{number}");

        Assert.That(reloaded.StatusCode, Is.EqualTo(HttpStatusCode.OK), "Back or reload after making the account");
        Assert.That(page.Body!.TextContent, Does.Contain(number));
        Assert.That(page.QuerySelector(".guest-account form"), Is.Null, "the account is made");
        Assert.That(strangers.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task After_signing_in_and_out_the_placing_browser_no_longer_sees_the_order_that_joined_the_account()
    {
        var email = Accounts.UniqueEmail("shared-browser");
        var (shopper, confirmation, number) = await GuestBuysAsync(email);
        using var _ = shopper;
        await CreateAccountAsync(shopper, confirmation);
        await ConfirmAsync(shopper.Client, email);
        await shopper.Client.SignInAsync(email);
        var (signedIn, _) = await shopper.Client.GetPageAsync($"/checkout/confirmation/{number}");
        var (_, account) = await shopper.Client.GetPageAsync("/account");
        await shopper.Client.SubmitFormAsync(account, "form.sign-out-form");

        var (nextPerson, _) = await shopper.Client.GetPageAsync($"/checkout/confirmation/{number}");

        Assert.That(signedIn.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(nextPerson.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "the next person on the browser");
    }

    [Test]
    public async Task An_email_with_an_account_already_is_refused_with_a_way_to_sign_in()
    {
        var email = Accounts.UniqueEmail("known");
        await App.CreateAccountAsync(email);
        var (shopper, confirmation, number) = await GuestBuysAsync(email);
        using var _ = shopper;

        var response = await CreateAccountAsync(shopper, confirmation);
        var page = await response.ReadHtmlAsync();
        Assert.Multiple(async () =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(page.Text(".email-taken"), Is.EqualTo($"{email} already has an account. Sign in to see your orders."));
            Assert.That(page.QuerySelector(".email-taken a")?.GetAttribute("href"), Does.StartWith("/account/sign-in"));
            Assert.That(await App.WithDbAsync(db => db.Orders.Where(o => o.Number == number).Select(o => o.UserId).SingleAsync()), Is.Null);
        });
    }

    [Test]
    public async Task A_weak_password_is_refused_next_to_the_field_and_makes_no_account()
    {
        var email = Accounts.UniqueEmail("weak");
        var (shopper, confirmation, _) = await GuestBuysAsync(email);
        using var _s = shopper;

        var response = await CreateAccountAsync(shopper, confirmation, "short");
        var page = await response.ReadHtmlAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text("#guest-password-error"), Is.Not.Empty);
        Assert.That(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email)), Is.False);
    }

    [Test]
    public async Task Another_browser_cannot_make_an_account_from_someone_elses_order()
    {
        var (shopper, confirmation, number) = await GuestBuysAsync(Accounts.UniqueEmail("victim"));
        using var _ = shopper;
        using var stranger = new Shopper(App.Browser());
        await stranger.AddToCartAsync(await App.WithDbAsync(db => db.Products.Where(p => !p.Options.Any()).Select(p => p.Slug).FirstAsync()));
        var (_, cart) = await stranger.Client.GetPageAsync("/cart");
        var token = cart.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await stranger.Client.PostAsync($"/checkout/confirmation/{number}/account", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Password"] = Accounts.Password, ["__RequestVerificationToken"] = token }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task An_account_registered_with_a_guests_email_gets_their_orders_once_mailbox_and_password_are_proved()
    {
        var email = Accounts.UniqueEmail("laterregistered");
        var (guest, _, number) = await GuestBuysAsync(email);
        guest.Dispose();
        using var client = App.Browser();

        await client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Ada Lovelace", ["Email"] = email, ["Password"] = Accounts.Password,
        });
        var ownerBefore = await OwnerAsync(number);
        var (_, claim) = await ConfirmAsync(client, email);
        await client.SignInAsync(email);
        var (_, orders) = await client.GetPageAsync("/account/orders");

        Assert.That(ownerBefore, Is.Null, "not before the address is proved");
        Assert.That(claim!.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(orders.Body!.TextContent, Does.Contain(number));
    }

    [Test]
    public async Task Guest_orders_placed_after_the_account_was_made_join_it_by_a_mailed_link_and_the_password()
    {
        var email = Accounts.UniqueEmail("laterguest");
        await App.CreateAccountAsync(email);
        using var me = await App.SignedInBrowserAsync(email);
        var (guest, _, number) = await GuestBuysAsync(email);
        guest.Dispose();

        var (_, before) = await me.GetPageAsync("/account/orders");
        var asked = await me.SubmitFormAsync(before, "form.guest-orders-form");
        var (_, told) = await me.GetPageAsync(asked.Headers.Location!.ToString());
        var mail = App.LastMailTo(email);
        var (_, linkPage) = await me.GetPageAsync(mail.LinkTo("/account/confirm-email"));
        var claimed = await me.SubmitFormAsync(linkPage, "form.claim-orders", new Dictionary<string, string?> { ["password"] = Accounts.Password });
        var (_, after) = await me.GetPageAsync("/account/orders");

        Assert.Multiple(async () =>
        {
            Assert.That(before.Text(".guest-orders p"), Is.EqualTo("1 order placed with your address as a guest is not in your account yet."));
            Assert.That(before.Text(".my-orders"), Does.Not.Contain(number), "not before the mailbox and the password are proved");
            Assert.That(told.Text(".order-notice"), Is.EqualTo($"We have mailed a link to {email}. Open it and enter your password to add the orders."));
            Assert.That(mail.Subject, Is.EqualTo("Add your guest orders to your Shop account"));
            Assert.That(claimed.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await OwnerAsync(number), Is.Not.Null);
            Assert.That(after.Text(".my-orders"), Does.Contain(number));
            Assert.That(after.QuerySelector(".guest-orders"), Is.Null);
        });
    }

    [Test]
    public async Task A_guest_who_joins_the_staff_by_invitation_finds_their_guest_orders_in_the_new_account()
    {
        var email = Accounts.UniqueEmail("guestjoinsstaff");
        var (guest, _, number) = await GuestBuysAsync(email);
        guest.Dispose();
        using var admin = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("admin"), Roles.Admin);
        await admin.SubmitFormAsync("/admin/team", "form.invite-form", new Dictionary<string, string?> { ["Invite.Email"] = email, ["Invite.Role"] = Roles.Staff });
        using var invitee = App.Browser();

        var (_, page) = await invitee.GetPageAsync(App.LastMailTo(email).LinkTo("/account/staff-invitation"));
        var joined = await invitee.SubmitFormAsync(page, "form.join-team", new Dictionary<string, string?> { ["Form.FullName"] = "Gia Guest", ["Form.Password"] = Accounts.Password });
        var (_, orders) = await invitee.GetPageAsync("/account/orders");

        Assert.That(joined.Headers.Location?.OriginalString, Is.EqualTo("/admin"));
        Assert.That(await OwnerAsync(number), Is.Not.Null, "the link proved the mailbox, the invitee chose the password");
        Assert.That(orders.Text(".my-orders"), Does.Contain(number));
    }
}
