using Microsoft.AspNetCore.Identity;
using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

/// <summary>A code's limits hold exactly: uses in all, and uses per shopper (by account and mailbox), whatever races.</summary>
public class DiscountLimitTests : DiscountFixture
{
    [Test]
    public async Task Parallel_checkouts_with_a_one_use_code_made_by_staff_use_it_exactly_once()
    {
        var code = NewCode();
        await CreateAsync(code, "FixedAmount", "3", new() { ["UsageLimit"] = "1" });
        var outcomes = await CheckOutAtOnceAsync(code, _ => Unique("rush"));

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Count(o => o == HttpStatusCode.Redirect), Is.EqualTo(1));
            Assert.That(await UsesAsync(code), Is.EqualTo((1, 1)));
        });
    }

    [Test]
    public async Task One_shopper_paying_in_several_tabs_at_once_gets_a_one_per_shopper_code_once()
    {
        var code = NewCode();
        await CreateAsync(code, "FixedAmount", "3", new() { ["UsesPerShopper"] = "1" });
        var email = Unique("tabs");
        var outcomes = await CheckOutAtOnceAsync(code, i => i % 2 == 0 ? email : email.ToUpperInvariant());

        Assert.Multiple(async () =>
        {
            Assert.That(outcomes.Count(o => o == HttpStatusCode.Redirect), Is.EqualTo(1));
            Assert.That(await UsesAsync(code), Is.EqualTo((1, 1)));
        });
        var again = await CheckOutAtOnceAsync(code, _ => Unique("other"), shoppers: 1);
        Assert.That(again, Is.EqualTo(new[] { HttpStatusCode.Redirect }), "another shopper still may");
    }

    [Test]
    public async Task A_shopper_who_used_a_one_per_shopper_code_is_told_on_the_review_not_at_Pay()
    {
        var code = NewCode();
        await CreateAsync(code, "FixedAmount", "3", new() { ["UsesPerShopper"] = "1" });
        var email = Unique("again");
        Assert.That(await CheckOutAtOnceAsync(code, _ => email, shoppers: 1), Is.EqualTo(new[] { HttpStatusCode.Redirect }), "the first use");

        using var shopper = new Shopper(App.Browser());
        await shopper.AddToCartAsync((await ProductAsync()).Slug);
        await CartWithCodeAsync(shopper, code);
        var review = await shopper.EnterAddressAsync(Shopper.GuestAddress(email.ToUpperInvariant()));

        Assert.Multiple(() =>
        {
            Assert.That(review.Text(".discount-problem"), Does.Contain($"You have already used the code {code} as often as it allows."));
            Assert.That(review.QuerySelector("form.payment-form"), Is.Null, "no Pay the shop would refuse");
            Assert.That(review.QuerySelector(".discount-problem .remove-code"), Is.Not.Null, "a way on: remove the code");
            Assert.That(review.Text("main"), Does.Not.Contain("−$3.00").And.Not.Contain("-$3.00"), "the total shown is without the code");
        });
        var removed = await shopper.Client.SubmitFormAsync(review, ".discount-problem form");
        var again = await shopper.Client.FollowAsync(removed);
        Assert.That((await shopper.PayAsync(again, TestNonces.Valid)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "paid without it");
    }

    [Test]
    public async Task A_one_per_shopper_code_is_refused_to_the_same_mailbox_under_a_plus_tag_or_capitals_and_to_the_same_account_under_a_new_email()
    {
        var code = NewCode();
        await CreateAsync(code, "FixedAmount", "3", new() { ["UsesPerShopper"] = "1" });
        var local = "once" + Guid.NewGuid().ToString("n")[..8];
        Assert.That(await CheckOutAtOnceAsync(code, _ => $"{local}@example.com", shoppers: 1), Is.EqualTo(new[] { HttpStatusCode.Redirect }), "the first use");

        async Task<IDocument> ReviewAsync(Shopper shopper, Dictionary<string, string?> address)
        {
            await shopper.AddToCartAsync((await ProductAsync()).Slug);
            await CartWithCodeAsync(shopper, code);
            return await shopper.EnterAddressAsync(address);
        }
        using var tagged = new Shopper(App.Browser());
        var taggedReview = await ReviewAsync(tagged, Shopper.GuestAddress($"{local.ToUpperInvariant()}+2@Example.COM"));
        using var dotted = new Shopper(App.Browser());
        var dottedReview = await ReviewAsync(dotted, Shopper.GuestAddress($"{local[..3]}.{local[3..]}@example.com"));

        // An account that used the code, then changed its email: still the same shopper.
        var before = Unique("acct");
        using var member = new Shopper(await App.CreateAccountAndSignInAsync(before));
        var signedIn = new Dictionary<string, string?>(Shopper.GuestAddress()) { ["Form.Email"] = null };
        Assert.That((await member.PayAsync(await ReviewAsync(member, signedIn), TestNonces.Valid)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        var after = Unique("renamed");
        await App.WithAsync<UserManager<ShopUser>, bool>(async users =>
        {
            var user = (await users.FindByEmailAsync(before))!;
            Assert.That((await users.SetEmailAsync(user, after)).Succeeded && (await users.SetUserNameAsync(user, after)).Succeeded);
            user.EmailConfirmed = true;
            return (await users.UpdateAsync(user)).Succeeded;
        });
        using var renamed = new Shopper(await App.SignedInBrowserAsync(after));
        var renamedReview = await ReviewAsync(renamed, signedIn);

        Assert.Multiple(() =>
        {
            Assert.That(taggedReview.Text(".discount-problem"), Does.Contain($"You have already used the code {code} as often as it allows."), "a +tag and capitals are the same mailbox");
            Assert.That(renamedReview.Text(".discount-problem"), Does.Contain($"You have already used the code {code} as often as it allows."), "the same account");
            Assert.That(dottedReview.QuerySelector(".discount-problem"), Is.Null, "dots make another address (only Gmail ignores them)");
            Assert.That(dottedReview.QuerySelector("form.payment-form"), Is.Not.Null);
        });
    }

    private async Task<HttpStatusCode[]> CheckOutAtOnceAsync(string code, Func<int, string> email, int shoppers = 5)
    {
        var product = await ProductAsync();
        var all = Enumerable.Range(0, shoppers).Select(_ => new Shopper(App.Browser())).ToList();
        try
        {
            var reviews = await Task.WhenAll(all.Select(async (s, i) =>
            {
                await s.AddToCartAsync(product.Slug);
                await CartWithCodeAsync(s, code);
                return await s.EnterAddressAsync(Shopper.GuestAddress(email(i)));
            }));
            var responses = await Task.WhenAll(all.Select((s, i) => s.PayAsync(reviews[i], TestNonces.Valid)));
            return responses.Select(r => r.StatusCode).ToArray();
        }
        finally
        {
            all.ForEach(s => s.Dispose());
        }
    }

    /// <summary>The code's counted uses, and the orders that hold one.</summary>
    private Task<(int, int)> UsesAsync(string code) => App.WithDbAsync(async db =>
        (await db.DiscountCodes.Where(d => d.Code == code).Select(d => d.TimesUsed).SingleAsync(),
         await db.Orders.CountAsync(o => o.DiscountCode == code && o.Status != OrderStatus.Cancelled)));
}
