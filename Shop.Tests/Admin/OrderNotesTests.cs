using Shop.Tests.Orders;

namespace Shop.Tests.Admin;

public class OrderNotesTests : OrdersFixture
{
    [Test]
    public async Task An_internal_note_is_in_the_staff_history_only_and_a_shopper_note_is_shown_and_mailed()
    {
        var email = Unique("notes");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, client: me);
        var mailsBefore = App.MailTo(email).Count;

        var internalNotice = (await Staff.FollowAsync(await ActAsync(number, "form.note-form", new() { ["Text"] = "Fragile: pack twice" }))).Text(".admin-notice");
        var mailsAfterInternal = App.MailTo(email).Count;
        var shopperNotice = (await Staff.FollowAsync(await ActAsync(number, "form.note-form",
            new() { ["Text"] = "Your mug ships from our second warehouse <b>tomorrow</b>", ["ForShopper"] = "true" }))).Text(".admin-notice");

        var staffPage = await OrderPageAsync(number);
        var (_, mine) = await me.GetPageAsync($"/account/orders/{number}");
        var mail = App.LastMailTo(email);

        Assert.Multiple(async () =>
        {
            Assert.That(internalNotice, Is.EqualTo($"Internal note added to order {number}."));
            Assert.That(mailsAfterInternal, Is.EqualTo(mailsBefore), "an internal note mails nobody");
            Assert.That(shopperNotice, Does.Contain("mailed to the shopper"));
            Assert.That(staffPage.Text(".order-history .internal-note"), Does.Contain("Internal").And.Contain("Fragile: pack twice"));
            Assert.That(staffPage.Text(".order-history"), Does.Contain("second warehouse"));
            Assert.That(mine.Text(".order-history"), Does.Contain("Your mug ships from our second warehouse <b>tomorrow</b>").And.Not.Contain("Fragile"));
            Assert.That(mail.Subject, Does.Contain("A message about your").And.Contain(number));
            Assert.That(mail.TextBody, Does.Contain("second warehouse"));
            Assert.That(mail.HtmlBody, Does.Not.Contain("<b>tomorrow"), "typed text is encoded in the mail");
            Assert.That((await OrderAsync(number)).Status, Is.EqualTo(OrderStatus.Paid), "a note changes no status");
            var audits = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityId == number).Select(e => e.Action).ToListAsync());
            Assert.That(audits, Is.EqualTo(new[] { "InternalNote", "NoteForShopper" }));
        });
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task An_empty_note_is_refused_with_400(string text)
    {
        var number = await PlaceOrderAsync(Unique("emptynote"));
        var response = await ActAsync(number, "form.note-form", new() { ["Text"] = text });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await response.ReadHtmlAsync()).Text(".note-form .text-danger"), Is.EqualTo("Write the note."));
    }

    [Test]
    public async Task A_too_long_note_is_refused_and_kept_in_the_box()
    {
        var number = await PlaceOrderAsync(Unique("longnote"));
        var text = new string('x', Order.StaffNoteLength + 1);
        var response = await ActAsync(number, "form.note-form", new() { ["Text"] = text });
        var page = await response.ReadHtmlAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(page.Text(".note-form .text-danger"), Does.Contain($"at most {Order.StaffNoteLength} characters"));
        Assert.That(page.QuerySelector("#Text")!.TextContent, Is.EqualTo(text));
    }

    [Test]
    public async Task A_note_on_an_unknown_order_is_not_found()
    {
        var page = await OrderPageAsync(await PlaceOrderAsync(Unique("anynote")));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await Staff.PostAsync("/admin/orders/SHP-2345-6789/note",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Text"] = "hello" }));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
