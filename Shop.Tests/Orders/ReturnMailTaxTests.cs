namespace Shop.Tests.Orders;

/// <summary>A return's mails show the order's tax as its other mails do: per rate, under the rate's name.</summary>
public class ReturnMailTaxTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Tax:Rate"] = "0.08" };

    [Test]
    public async Task A_return_request_mail_names_the_tax_rate_as_the_order_mail_did()
    {
        var (me, email, number) = await DeliveredAsync();
        using var _ = me;
        var orderMail = App.MailTo(email).First(m => m.Subject?.Contains(number) == true);

        await AskAsync(me, number, "1", "Too small");
        var askedMail = App.LastMailTo(email);

        Assert.That(orderMail.TextBody, Does.Contain("Tax 8%"));
        Assert.That(askedMail.Subject, Does.Contain("return request"));
        Assert.That(askedMail.TextBody, Does.Contain("Tax 8%"), "the tax per rate, not one unnamed total");
    }
}
