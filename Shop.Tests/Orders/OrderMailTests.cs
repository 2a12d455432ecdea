using Shop.Web.Content;
using Shop.Web.Mail;

namespace Shop.Tests.Orders;

public class OrderMailTests : OrdersFixture
{
    [Test]
    public async Task A_paid_checkout_mails_the_shopper_a_confirmation_with_number_lines_and_total()
    {
        var email = Unique("confirm");
        var number = await PlaceOrderAsync(email, quantity: 2);
        var order = await OrderAsync(number);

        var mail = App.LastMailTo(email);

        Assert.Multiple(() =>
        {
            Assert.That(App.MailTo(email), Has.Count.EqualTo(1));
            Assert.That(mail.Subject, Does.Contain(number).And.Contain("confirmed"));
            Assert.That(mail.TextBody, Does.Contain($"2 × {order.Lines[0].Name}").And.Contain($"Total: {order.Total}"));
            Assert.That(mail.HtmlBody, Does.Contain(order.Total.ToString()).And.Contain("Ada Lovelace"));
        });
    }

    [Test]
    public async Task The_confirmation_carries_the_terms_and_the_withdrawal_notice_as_staff_last_wrote_them()
    {
        await App.WithDbAsync(async db =>
        {
            var terms = await db.ContentPages.SingleAsync(p => p.Slug == "terms");
            terms.Rewrite("Terms", "# Terms of sale\n\nGoods stay ours until paid <b>in full</b>.\n", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });
        var email = Unique("terms");
        var number = await PlaceOrderAsync(email);
        var mail = App.LastMailTo(email);

        Assert.Multiple(() =>
        {
            Assert.That(mail.TextBody, Does.Contain("Terms of sale").And.Contain("Goods stay ours until paid <b>in full</b>."), "the text part as written");
            Assert.That(mail.HtmlBody, Does.Contain("Goods stay ours until paid &lt;b&gt;in full&lt;/b&gt;."), "staff's markup is shown, never passed through");
            Assert.That(mail.TextBody, Does.Contain("Right of withdrawal").And.Contain("you may withdraw"));
        });
    }

    [Test]
    public async Task The_confirmation_mail_and_the_order_page_show_the_subtotal_and_the_shipping_as_the_cart_and_review_do()
    {
        var email = Unique("subtotal");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, quantity: 2, client: me);
        var order = await OrderAsync(number);
        var (_, page) = await me.GetPageAsync($"/account/orders/{number}");
        var (_, german) = await me.GetPageAsync($"/de/account/orders/{number}");

        Assert.Multiple(() =>
        {
            Assert.That(App.LastMailTo(email).TextBody, Does.Contain($"Subtotal: {order.Subtotal}").And.Contain("Shipping (Standard): ").And.Contain($"Total: {order.Total}"));
            Assert.That(page.Texts(".order-lines tfoot td:first-child"), Is.EqualTo(new[] { "Subtotal", "Shipping (Standard)" }), "no tax in this shop: no tax row");
            Assert.That(page.Texts(".order-lines tfoot th").First(), Is.EqualTo("Total"));
            Assert.That(german.Texts(".order-lines tfoot td:first-child"), Is.EqualTo(new[] { "Zwischensumme", "Versand (Standard)" }));
        });
    }

    [Test]
    public async Task A_declined_or_unconfirmed_payment_sends_no_confirmation()
    {
        var declined = Unique("declined");
        var pending = Unique("unconfirmed");
        var p = await ProductAsync();
        using (var shopper = new Shopper(App.Browser()))
        {
            await shopper.AddToCartAsync(p.Slug);
            await shopper.CheckoutAsync(TestNonces.ProcessorDeclined, Shopper.GuestAddress(declined));
        }
        await PlaceOrderAsync(pending, TestNonces.Timeout);

        Assert.That(App.MailTo(declined), Is.Empty);
        Assert.That(App.MailTo(pending), Is.Empty);
    }

    [Test]
    public async Task Product_names_are_html_encoded_in_the_confirmation()
    {
        var p = await ProductAsync(skip: 1);
        const string name = "Tea & <b>Biscuits</b>";
        await App.WithDbAsync(db => db.Products.Where(x => x.Id == p.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Name, name)));
        var email = Unique("encoded");

        await PlaceOrderAsync(email, product: 1);

        var mail = App.LastMailTo(email);
        Assert.That(mail.HtmlBody, Does.Contain("Tea &amp; &lt;b&gt;Biscuits&lt;/b&gt;").And.Not.Contain("<b>Biscuits"));
        Assert.That(mail.TextBody, Does.Contain(name));
    }

    /// <summary>Ships, writes the shopper a note and marks delivered, as staff do; returns the note's and the delivery's mails.</summary>
    private async Task<(MimeKit.MimeMessage Note, MimeKit.MimeMessage Delivered)> DeliverWithNoteAsync(string number, string email)
    {
        await NoticeAfterAsync(await ActAsync(number, "form.ship-form", new() { ["TrackingNumber"] = "TRK-GUEST" }));
        await NoticeAfterAsync(await ActAsync(number, "form.note-form", new() { ["Text"] = "Packed with care", ["ForShopper"] = "true" }));
        var note = App.LastMailTo(email);
        await NoticeAfterAsync(await ActAsync(number, "form.deliver-form"));
        return (note, App.LastMailTo(email));
    }

    [Test]
    public async Task A_guests_mails_say_how_to_reach_the_order_page_rather_than_pointing_to_an_account_they_lack()
    {
        var email = Unique("guestmail");
        var number = await PlaceOrderAsync(email);

        var (note, delivered) = await DeliverWithNoteAsync(number, email);

        Assert.Multiple(() =>
        {
            Assert.That(note.TextBody, Does.Contain("Packed with care").And.Contain("To see the order's page, create an account with this email address.")
                .And.Not.Contain("in your account"));
            Assert.That(delivered.Subject, Does.Contain("was delivered"));
            Assert.That(delivered.TextBody, Does.Contain("Create an account with this email address to ask to return items from the order's page within 30 days.")
                .And.Not.Contain("in your account"));
        });
    }

    [Test]
    public async Task An_account_holders_mails_point_to_the_order_page_in_their_account()
    {
        var email = Unique("membermail");
        using var me = await App.CreateAccountAndSignInAsync(email);
        var number = await PlaceOrderAsync(email, client: me);

        var (note, delivered) = await DeliverWithNoteAsync(number, email);

        Assert.Multiple(() =>
        {
            Assert.That(note.TextBody, Does.Contain("You can also read it on the order's page in your account.").And.Not.Contain("create an account"));
            Assert.That(delivered.TextBody, Does.Contain("You can ask to return items from the order's page in your account within 30 days."));
        });
    }

    [Test]
    public async Task Paying_does_not_wait_for_a_slow_mail_server_and_the_mail_still_goes_out()
    {
        var slowMail = new Hold();
        using var app = new ShopApp
        {
            TestServices = services =>
            {
                services.AddSingleton<MailDropFolder>();
                services.AddSingleton<IMailSender>(sp => new HeldMailSender(slowMail, sp.GetRequiredService<MailDropFolder>()));
            },
        };
        var slug = await app.WithDbAsync(db => db.Products.Where(p => !p.Options.Any() && p.Variants.Sum(v => v.StockOnHand) > 5).OrderBy(p => p.Id).Select(p => p.Slug).FirstAsync());
        using var shopper = new Shopper(app.Browser());
        await shopper.AddToCartAsync(slug);

        slowMail.Arm();
        var paid = await shopper.CheckoutAsync(address: Shopper.GuestAddress("patient@example.com"));
        await slowMail.Reached; // the confirmation is at the mail server, which has not answered yet

        Assert.That(paid.Headers.Location?.ToString(), Does.StartWith("/checkout/confirmation/"), "answered while the mail waits");
        slowMail.Release();
        Assert.That(app.LastMailTo("patient@example.com").Subject, Does.Contain("confirmed"));
    }

    private sealed class HeldMailSender(Hold hold, IMailSender inner) : IMailSender
    {
        public async Task SendAsync(MailMessage message, CancellationToken cancellationToken = default)
        {
            await hold.PassAsync();
            await inner.SendAsync(message, cancellationToken);
        }
    }
}
