using MimeKit;

namespace Shop.Web.Mail;

/// <summary>
/// Which email addresses the shop accepts: exactly those MimeKit, which writes our mail, reads as one plain address with
/// its strictest options. Forms check with <see cref="IsUsable"/> (through <see cref="EmailRules"/>), so an address the
/// mail library would refuse later (in the background, with nobody to tell) is refused while the person is still there.
/// </summary>
public static class MailAddresses
{
    public const int MaxLength = 254;

    /// <summary>RFC 5322 as written: no obsolete syntax, no address without a domain, no unquoted commas.</summary>
    public static readonly ParserOptions Strict = new()
    {
        AddressParserComplianceMode = RfcComplianceMode.Strict,
        Rfc2047ComplianceMode = RfcComplianceMode.Strict,
        AllowAddressesWithoutDomain = false,
        AllowUnquotedCommasInAddresses = false,
    };

    /// <summary>True for a bare address (name@example.com) the mail library can send to; false for anything else.</summary>
    public static bool IsUsable(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var address = text.Trim();
        // Control characters (a CR LF starts a new mail header) are refused before the parser sees them.
        if (address.Length > MaxLength || address.Any(char.IsControl)) return false;
        // "Name <a@b.c>" and "<a@b.c>" parse too; only the plain address itself is an email address here.
        return MailboxAddress.TryParse(Strict, address, out var mailbox)
               && mailbox.Name is null or "" && mailbox.Route.Count == 0
               && string.Equals(mailbox.Address, address, StringComparison.Ordinal)
               && mailbox.Address.LastIndexOf('@') is var at && at > 0 && at < mailbox.Address.Length - 1;
    }

    /// <summary>The recipient for a message; throws <see cref="ParseException"/> for an address that cannot be sent to.</summary>
    public static MailboxAddress Recipient(string address) =>
        IsUsable(address) ? MailboxAddress.Parse(Strict, address.Trim()) : throw new ParseException("Not an address mail can be sent to.", 0, 0);
}
