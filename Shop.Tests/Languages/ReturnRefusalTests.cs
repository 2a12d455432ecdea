using System.Globalization;
using Shop.Web.Admin;
using Shop.Web.Admin.Orders;
using Shop.Web.Languages;
using Shop.Tests.Orders;

namespace Shop.Tests.Languages;

/// <summary>Why a return is refused, on the shopper's order page in German and French, with what it names.</summary>
public class ReturnRefusalTests : OrdersFixture
{
    /// <summary>A signed-in shopper's delivered order of two items, and staff to act on it.</summary>
    private async Task<(HttpClient Me, string Number, StaffMember By)> DeliveredAsync(int quantity = 2)
    {
        var email = Unique("rueckgabe");
        var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, quantity: quantity, client: me);
        Gateway.Settle(await TransactionOfAsync(number));
        var by = await StaffMemberAsync();
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.ShipAsync(number, "TRK-L", null, by, CancellationToken.None));
        await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.MarkDeliveredAsync(number, by, CancellationToken.None));
        return (me, number, by);
    }

    /// <summary>Asks to return <paramref name="quantity"/> of the first line, posted as the page's form would be (also once it is gone).</summary>
    private async Task<string> RefusalAsync(HttpClient me, string language, string number, string token, int lineId, string quantity)
    {
        var asked = await me.PostAsync($"{(language == "en" ? "" : "/" + language)}/account/orders/{number}/returns", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Lines[0].OrderLineId"] = $"{lineId}", ["Lines[0].Quantity"] = quantity, ["Lines[0].Reason"] = "Zu klein",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.That(asked.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        return (await asked.ReadHtmlAsync()).Text(".return-error");
    }

    [Test]
    public async Task Too_many_and_past_the_window_are_refused_in_German_and_French()
    {
        var (me, number, _) = await DeliveredAsync();
        using var _ = me;
        var (_, page) = await me.GetPageAsync($"/de/account/orders/{number}");
        var token = page.AntiforgeryToken("form.return-form");
        var line = (await OrderAsync(number)).Lines[0];

        var tooManyDe = await RefusalAsync(me, "de", number, token, line.Id, "3");
        var tooManyFr = await RefusalAsync(me, "fr", number, token, line.Id, "3");
        await App.WithDbAsync(db => db.Set<OrderStatusChange>().Where(h => h.Status == OrderStatus.Delivered && EF.Property<int>(h, "OrderId") ==
                db.Orders.Where(o => o.Number == number).Select(o => o.Id).First())
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.At, DateTimeOffset.UtcNow.AddDays(-31))));
        var lateDe = await RefusalAsync(me, "de", number, token, line.Id, "1");
        var lateFr = await RefusalAsync(me, "fr", number, token, line.Id, "1");
        await me.GetAsync("/language/en");
        var lateEn = await RefusalAsync(me, "en", number, token, line.Id, "1");

        Assert.Multiple(() =>
        {
            Assert.That(tooManyDe, Is.EqualTo($"Von {line.DisplayName} können Sie höchstens 2 Stück zurücksenden."));
            Assert.That(tooManyFr, Is.EqualTo($"{line.DisplayName} : vous pouvez en retourner au maximum 2."));
            Assert.That(lateDe, Is.EqualTo($"Bestellung {number} wurde vor mehr als 30 Tagen zugestellt und kann daher nicht mehr zurückgesendet werden."));
            Assert.That(lateFr, Is.EqualTo($"La commande {number} a été livrée il y a plus de 30 jours : elle ne peut plus être retournée."));
            Assert.That(lateEn, Is.EqualTo($"Order {number} was delivered more than 30 days ago, so it can no longer be returned."), "English as it was");
        });
    }

    [Test]
    public async Task One_item_left_to_return_reads_as_French_says_one()
    {
        var (me, number, _) = await DeliveredAsync(quantity: 1);
        using var _ = me;
        var (_, page) = await me.GetPageAsync($"/fr/account/orders/{number}");
        var token = page.AntiforgeryToken("form.return-form");
        var line = (await OrderAsync(number)).Lines[0];

        var tooMany = await RefusalAsync(me, "fr", number, token, line.Id, "2");
        var (_, german) = await me.GetPageAsync($"/de/account/orders/{number}");

        Assert.Multiple(() =>
        {
            Assert.That(german.Text("form.return-form td .small"), Is.EqualTo("(Rückgabe möglich: 1 von 1)"), "not “1 von 1 können zurück”");
            Assert.That(page.Text("form.return-form td .small"), Is.EqualTo("(retour possible : 1 sur 1)"), "not “1 sur 1 peuvent être retournés”");
            Assert.That(tooMany, Is.EqualTo($"{line.DisplayName} : vous pouvez en retourner au maximum 1."), "not “1 exemplaires”");
        });
    }

    [Test]
    public async Task An_order_refunded_in_full_has_nothing_left_to_return_in_French()
    {
        var (me, number, by) = await DeliveredAsync();
        using var _ = me;
        var (_, page) = await me.GetPageAsync($"/fr/account/orders/{number}");
        var token = page.AntiforgeryToken("form.return-form");
        var order = await OrderAsync(number);
        var refund = await App.WithAsync<StaffOrderActions, OrderActionResult>(a => a.RefundAsync(number, order.Total.Amount, by, CancellationToken.None));
        Assert.That(refund.Outcome, Is.EqualTo(OrderActionOutcome.Done), refund.Message);

        Assert.That(await RefusalAsync(me, "fr", number, token, order.Lines[0].Id, "1"),
            Is.EqualTo($"La commande {number} a été entièrement remboursée : il n’y a plus rien à retourner."));
    }

    [TestCaseSource(typeof(ReturnRefusals), nameof(ReturnRefusals.All))]
    public void Every_return_refusal_has_a_German_and_a_French_sentence(string template)
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in new[] { "de", "fr" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
                var translated = ShopText.Translate(template);
                Assert.That(translated, Is.Not.EqualTo(template), $"{language}: {template}");
                Assert.That(Regex.Matches(translated, @"\{\d\}").Count, Is.EqualTo(Regex.Matches(template, @"\{\d\}").Count), $"{language}: {translated} names what the English names");
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
