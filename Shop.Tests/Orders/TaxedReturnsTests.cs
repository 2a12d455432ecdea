namespace Shop.Tests.Orders;

/// <summary>Returns of an order with tax on top: what staff read before refunding, and what the refunds add up to.</summary>
public class TaxedReturnsTests : OrdersFixture
{
    protected override Dictionary<string, string?> ShopSettings => new() { ["Shop:Tax:Rate"] = "0.19" };

    [Test]
    public async Task Three_returns_of_one_of_three_items_refund_what_the_line_was_paid_not_a_cent_more()
    {
        var product = await ProductAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.Products.SingleAsync(p => p.Id == product.Id)).Reprice(62.50m, null);
            await db.SaveChangesAsync();
        });
        var (me, _, number) = await DeliveredAsync(quantity: 3);
        using var _ = me;
        var line = (await OrderAsync(number)).Lines.Single();
        Assert.That((line.Paid, line.TaxPaid), Is.EqualTo((new Money(223.13m, "USD"), new Money(35.63m, "USD"))), "3 × 62.50 with 19 % on top");

        var shown = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            await AskAsync(me, number, "1", "Too many");
            var id = await App.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).MaxAsync(r => r.Id));
            foreach (var form in new[] { "form.approve-form", "form.receive-form" })
                await Staff.SubmitFormAsync((await Staff.GetPageAsync($"/admin/returns/{id}")).Page, form);
            var (_, page) = await Staff.GetPageAsync($"/admin/returns/{id}");
            shown.Add($"{page.Text(".refund-amount")} (tax {page.Text(".refund-tax")})");
            var refunded = await Staff.SubmitFormAsync(page, "form.refund-form");
            Assert.That(refunded.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }

        var order = await OrderAsync(number);
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EqualTo(new[] { "$74.38 (tax $11.88)", "$74.37 (tax $11.87)", "$74.38 (tax $11.88)" }));
            Assert.That((order.RefundedAmount, order.TaxRefunded), Is.EqualTo((line.Paid, line.TaxPaid)), "the whole line, to the cent");
        });
    }

    [Test]
    public async Task The_staff_return_page_states_the_refund_and_its_tax_in_plain_words()
    {
        var (me, _, number) = await DeliveredAsync(quantity: 1, product: 1);
        using var _ = me;
        await AskAsync(me, number, "1", "Too small");
        var id = await App.WithDbAsync(db => db.Returns.Where(r => r.OrderNumber == number).MaxAsync(r => r.Id));
        foreach (var form in new[] { "form.approve-form", "form.receive-form" })
            await Staff.SubmitFormAsync((await Staff.GetPageAsync($"/admin/returns/{id}")).Page, form);

        var (_, page) = await Staff.GetPageAsync($"/admin/returns/{id}");
        var order = await OrderAsync(number);

        var text = string.Join(" ", page.Text("form.refund-form p").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        Assert.That(text, Does.Contain($"left to refund on the order; of which tax {order.Lines[0].TaxPaid})").And.Not.Contain("@").And.Not.Contain("{"),
            "Razor's code is not written out as text");
    }
}
