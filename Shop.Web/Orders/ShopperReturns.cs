using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.StaffMail;

namespace Shop.Web.Orders;

/// <summary>A shopper's returns: what their order page shows of them, and asking for one (the rules are the domain's).</summary>
public sealed class ShopperReturns(ShopDbContext db, IOrderEvents events, StaffNotices staff, IOptions<ShopOptions> options, TimeProvider clock)
{
    private static readonly StoredSentences Refusals = new(ReturnRefusals.All);

    public ReturnWindow Window => new(options.Value.Returns.Days, ShopTime.DayOf);

    public Task<List<ReturnRequest>> OfOrderAsync(int orderId, CancellationToken ct) =>
        db.Returns.AsNoTracking().Include(r => r.Lines).Where(r => r.OrderId == orderId).OrderBy(r => r.Id).ToListAsync(ct);

    /// <summary>The order page: the returns so far, and what can still go back while the window is open.</summary>
    public async Task<ShopperOrderPage> PageAsync(Order order, ReturnForm? form, string? error, CancellationToken ct)
    {
        var returns = await OfOrderAsync(order.Id, ct);
        var open = Window.IsOpen(order, clock.GetUtcNow());
        var returnable = open ? ReturnRequest.Returnable(order, returns) : null;
        return new ShopperOrderPage(order, returns, returnable is { } r && r.Values.Any(v => v > 0) ? r : null, form ?? new(), error, Window.LastDay(order));
    }

    /// <summary>
    /// Records the request on the shopper's own order, with a line in its history, and mails them. Null when the order
    /// is not theirs; otherwise why not (empty when asked).
    /// </summary>
    public async Task<string?> AskAsync(string userId, string number, ReturnForm form, CancellationToken ct)
    {
        number = number.Trim().ToUpperInvariant();
        if (!OrderNumber.IsValid(number)) return null;
        var order = await db.Orders.Whole()
            .FirstOrDefaultAsync(o => o.Number == number && o.UserId == userId, ct);
        if (order is null) return null;
        var earlier = await db.Returns.Include(r => r.Lines).Where(r => r.OrderId == order.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var wanted = form.Lines.Select(l => (l.OrderLineId, l.Quantity ?? 0, l.Reason)).ToList();
        if (ReturnRequest.AskedJustNow(earlier, wanted, now) is not null) return "";
        ReturnRequest request;
        try
        {
            request = ReturnRequest.Ask(order, wanted, earlier, Window, now);
        }
        catch (DomainException e)
        {
            return Refusals.Translate(e.Message) ?? ShopText.Translate(e.Message);
        }
        order.AddInternalNote(OrderNotes.Write(OrderNotes.ReturnRequested, request.Describe()), now);
        db.Returns.Add(request);
        // The note moves the order's row version, so two requests at once cannot both take the last items.
        if (!await db.TrySaveChangesAsync(ct))
            return ReturnRequest.AskedJustNow(await OfOrderAsync(order.Id, ct), wanted, now) is not null
                ? "" // the same request, saved by a double click's other post at the same moment
                : ShopText.Translate("Order {0} changed while you asked. Look at it again and ask once more.", order.Number);
        await events.ReturnChangedAsync(order, () => (ShopText.Translate("We have your return request for order {0}", order.Number),
            [ShopText.Translate("You asked to return: {0}.", request.Describe()), ShopText.Translate("We will write again once we have looked at it; please do not send anything yet.")]));
        staff.ReturnRequested(order, request.Describe());
        return "";
    }
}
