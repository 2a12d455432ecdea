using Shop.Tests.Orders;

namespace Shop.Tests.Languages;

/// <summary>
/// The staff's counts of what waits say "1 paid order" and "2 paid orders", in German too: the dashboard, the menu's
/// badge (its words for screen readers) and the queue. A shop of its own, so the paid orders are exactly these.
/// </summary>
public class StaffCountsTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Languages"] = "en,de,fr" };

    [Test]
    public async Task One_paid_order_is_said_in_the_singular_and_two_in_the_plural()
    {
        using var deutsch = await App.CreateAccountAndSignInAsync(Accounts.UniqueEmail("staff-de"), Roles.Staff);
        await deutsch.GetAsync("/language/de?returnUrl=%2Fadmin");
        var (_, empty) = await Staff.GetPageAsync("/admin");
        Assert.That(empty.Text(".to-fulfil-summary"), Is.EqualTo("Nothing to ship: every paid order has gone out."), "a shop with no paid order yet");

        var email = Unique("counts");
        await PlaceOrderAsync(email);
        var (_, one) = await Staff.GetPageAsync("/admin");
        var (_, queue) = await Staff.GetPageAsync("/admin/orders/to-fulfil");
        var (_, eins) = await deutsch.GetPageAsync("/admin");
        await PlaceOrderAsync(email);
        var (_, two) = await Staff.GetPageAsync("/admin");
        var (_, zwei) = await deutsch.GetPageAsync("/admin");

        Assert.Multiple(() =>
        {
            Assert.That(one.Text(".to-fulfil-summary a"), Is.EqualTo("1 paid order to fulfil"));
            Assert.That(one.Text(".nav-to-fulfil"), Is.EqualTo("1 paid order waiting"));
            Assert.That(queue.Text(".result-count"), Is.EqualTo("1 order to fulfil"));
            Assert.That(eins.Text(".to-fulfil-summary a"), Is.EqualTo("1 bezahlte Bestellung zu versenden"));
            Assert.That(eins.Text(".nav-to-fulfil"), Is.EqualTo("1 bezahlte Bestellung wartet"));
            Assert.That(two.Text(".to-fulfil-summary a"), Is.EqualTo("2 paid orders to fulfil"));
            Assert.That(two.Text(".nav-to-fulfil"), Is.EqualTo("2 paid orders waiting"));
            Assert.That(zwei.Text(".to-fulfil-summary a"), Is.EqualTo("2 bezahlte Bestellungen zu versenden"));
            Assert.That(zwei.Text(".nav-to-fulfil"), Is.EqualTo("2 bezahlte Bestellungen warten"));
        });
    }
}
