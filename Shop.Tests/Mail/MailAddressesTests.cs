using Shop.Web.Mail;

namespace Shop.Tests.Mail;

/// <summary>The shop accepts exactly the addresses its mail library can send to, as plain addresses.</summary>
public class MailAddressesTests
{
    [TestCase("ada@example.com")]
    [TestCase("ada.lovelace+shop@mail.example.co.uk")]
    [TestCase("  ada@example.com ")]
    [TestCase("o'brien@example.ie")]
    public void Plain_addresses_are_usable(string address) => Assert.That(MailAddresses.IsUsable(address), Is.True);

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("ada")]
    [TestCase("a@b@c")]
    [TestCase("a@")]
    [TestCase("@example.com")]
    [TestCase("<a@b.c>")]
    [TestCase("Ada <ada@example.com>")]
    [TestCase("a@b.c\r\nBcc: x@y.z")]
    [TestCase("a@b.c\nx")]
    [TestCase("a@b.c, x@y.z")]
    [TestCase("a@b.c;x@y.z")]
    [TestCase("ada lovelace@example.com")]
    [TestCase("ada@exa mple.com")]
    [TestCase("ada@example.com\0")]
    [TestCase("group: ada@example.com;")]
    public void Anything_else_is_refused(string address) => Assert.That(MailAddresses.IsUsable(address), Is.False);

    [Test]
    public void A_refused_address_never_reaches_a_message() =>
        Assert.Throws<MimeKit.ParseException>(() => MailAddresses.Recipient("a@b.c\r\nBcc: x@y.z"));
}
