using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Documents;

/// <summary>
/// A PDF, the name it downloads under (<see cref="DocumentFileNames"/>) and the order numbers that were left out of it
/// (unknown, or never paid for an invoice).
/// </summary>
public sealed record PrintedOrders(byte[] Pdf, int Printed, IReadOnlyList<string> LeftOut, string FileName);

/// <summary>A credit note as PDF, its number in the credit note series and the name it downloads under, in the order's language.</summary>
public sealed record PrintedCreditNote(byte[] Pdf, int Number, string FileName);

/// <summary>
/// Packing slips, invoices and credit notes as PDF, one order a page (or more), for one order or a selection in the order given.
/// An invoice gets its number the first time it is printed (<see cref="InvoiceNumbers"/>). Each order prints in the
/// language it was bought in, whoever prints it.
/// </summary>
public sealed class OrderDocuments(ShopDbContext db, InvoiceNumbers invoices, CreditNoteNumbers creditNotes, DocumentFonts fonts,
    IOptions<BusinessOptions> business, IOptions<ShopOptions> shop, ShopLanguages languages, TimeProvider clock)
{
    public const int Most = 100;

    /// <summary>False when the server has no font to print with (the log said so at start).</summary>
    public bool CanPrint => fonts.Found is not null;

    public async Task<PrintedOrders> PackingSlipsAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        var orders = await LoadAsync(numbers, ct);
        return Print("Packing slips", numbers, orders, PackingSlip.Print, o => DocumentFileNames.PackingSlip(o.Number), "packing-slips");
    }

    /// <summary>Invoices of the orders that were paid; the others are left out.</summary>
    public async Task<PrintedOrders> InvoicesAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        var invoiced = new List<string>();
        foreach (var order in await LoadAsync(numbers, ct))
            if (order.InvoiceNumber is not null || await invoices.IssueAsync(order.Id, ct) is not null) invoiced.Add(order.Number);
        // Read again: the numbers just given are in the database, not in these untracked copies.
        return Print("Invoices", numbers, await LoadAsync(invoiced, ct), Invoice.Print, o => DocumentFileNames.Invoice(o.Number), "invoices");
    }

    /// <summary>The invoice of one order the caller may see (staff, or the shopper who owns it); null when not paid.</summary>
    public async Task<PrintedOrders?> InvoiceAsync(Order order, CancellationToken ct) =>
        order.CanBeInvoiced ? await InvoicesAsync([order.Number], ct) : null;

    /// <summary>
    /// The credit note of one refund of an order the caller may see, numbered the first time it is printed; null when
    /// the order has no such refund or the refund needs none (made before the invoice was issued, which states it).
    /// </summary>
    public async Task<PrintedCreditNote?> CreditNoteAsync(Order order, int refundId, CancellationToken ct)
    {
        if (order.Refunds.FirstOrDefault(r => r.Id == refundId) is not { CorrectsInvoice: true }) return null;
        var number = await creditNotes.IssueAsync(order.Id, refundId, ct);
        // Read again: the number just given is in the database, not in the caller's copy.
        var fresh = (await LoadAsync([order.Number], ct)).Single();
        var refund = fresh.Refunds.Single(r => r.Id == refundId);
        var printed = Print("Credit note", [order.Number], [fresh], (doc, o, shop) => CreditNote.Print(doc, o, refund, shop),
            o => DocumentFileNames.CreditNote(o.Number, number!.Value), "credit-notes");
        return new PrintedCreditNote(printed.Pdf, number!.Value, printed.FileName);
    }

    /// <summary>The orders' documents in one PDF; named as <paramref name="fileName"/> names one order's, in its language, or as a batch of <paramref name="kind"/>.</summary>
    private PrintedOrders Print(string title, IEnumerable<string> asked, List<Order> orders,
        Action<PrintedDocument, Order, PrintedBusiness> print, Func<Order, string> fileName, string kind)
    {
        var printedNumbers = orders.Select(o => o.Number).ToHashSet();
        var leftOut = asked.Select(n => n.Trim()).Where(n => !printedNumbers.Contains(n.ToUpperInvariant())).Distinct().ToList();
        var now = clock.GetUtcNow();
        // The file's own title in the orders' language when they share one, else in the request's (the staff member's).
        var spoken = orders.Select(o => languages.OrDefault(o.Language)).Distinct().ToList();
        string heading;
        using (spoken.Count == 1 ? spoken[0].Speak() : null) heading = $"{shop.Value.Name} · {ShopText.Translate(title)}";
        using var doc = new PrintedDocument(heading, fonts.Found ?? throw new InvalidOperationException("No fonts: ask CanPrint first."));
        var name = DocumentFileNames.Batch(kind, now);
        foreach (var order in orders)
        {
            // Not the request's language: the buyer's, in texts, amounts, dates and country names, whoever prints it
            // (the shopper from /de, staff in their own language, a batch of orders bought in several languages).
            using var _ = languages.OrDefault(order.Language).Speak();
            print(doc, order, PrintedBusiness.From(business.Value, shop.Value));
            if (orders.Count == 1) name = fileName(order);
        }
        return new PrintedOrders(doc.ToPdf(), orders.Count, leftOut, name);
    }

    /// <summary>The orders of these numbers that exist, in the order asked (at most <see cref="Most"/>).</summary>
    private async Task<List<Order>> LoadAsync(IEnumerable<string> numbers, CancellationToken ct)
    {
        var wanted = numbers.Select(n => n.Trim().ToUpperInvariant()).Where(OrderNumber.IsValid).Distinct().Take(Most).ToList();
        var found = await db.Orders.AsNoTracking().AsSplitQuery().Include(o => o.Lines).Include(o => o.TaxLines).Include(o => o.History).Include(o => o.Refunds)
            .Where(o => wanted.Contains(o.Number)).ToListAsync(ct);
        var byNumber = found.ToDictionary(o => o.Number);
        return wanted.Where(byNumber.ContainsKey).Select(n => byNumber[n]).ToList();
    }
}
