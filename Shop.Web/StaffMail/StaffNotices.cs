using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Shop.Domain.Ordering;
using Shop.Web.Languages;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.StaffMail;

/// <summary>
/// Mails the staff (<see cref="StaffMailOptions"/>) what needs them: new paid orders, returns shoppers ask for, stock
/// that just ran low or sold out, and what the payment gateway reported that staff must act on (a dispute opened). What
/// comes in within <see cref="StaffMailOptions.Gather"/> of the first goes in one mail of each kind, in the shop's first
/// language (the merchant's), with links to the staff pages. Gathered in memory: a node that crashes loses at most one
/// mail's worth of notices (the orders, returns and stock are saved; staff pages list them).
/// </summary>
public sealed class StaffNotices(MailOutbox outbox, IOptions<StaffMailOptions> options, IOptions<ShopOptions> shop,
    ShopLanguages languages, PublicAddress address, TimeProvider clock, ILogger<StaffNotices> log) : BackgroundWork
{
    private readonly Channel<Notice> _notices = Channel.CreateUnbounded<Notice>(new UnboundedChannelOptions { SingleReader = true });

    private abstract record Notice;
    private sealed record NewOrder(string Number, string Customer, int Items, Domain.Money Total) : Notice;
    private sealed record ReturnAsked(string Number, string Customer, string What) : Notice;
    private sealed record RanLow(int VariantId, int ProductId, string Name, int OnHand) : Notice;
    private sealed record PaymentAlert(string? Number, string WhatToDo) : Notice;

    // Read once: OrderPaid is on the Pay path, and a sale's thousands of Pays need not parse the addresses each.
    private readonly IReadOnlyList<string> _to = options.Value.Usable;

    /// <summary>A sale's minute can bring hundreds: the mail lists this many, counts the rest, and its total is of all.</summary>
    private const int ListedAtMost = 50;

    /// <summary>The order was paid (at checkout, or later by the reconciler or a webhook).</summary>
    public void OrderPaid(Order order)
    {
        if (_to.Count > 0) _notices.Writer.TryWrite(new NewOrder(order.Number, Customer(order), order.Lines.Sum(l => l.Quantity), order.Total));
    }

    /// <summary>A shopper asked to return items; <paramref name="what"/> is <see cref="ReturnRequest.Describe"/>.</summary>
    public void ReturnRequested(Order order, string what)
    {
        if (_to.Count > 0) _notices.Writer.TryWrite(new ReturnAsked(order.Number, Customer(order), what));
    }

    /// <summary>A variant's stock just went into "only a few left" or to sold out (<paramref name="onHand"/> is 0).</summary>
    public void StockRanLow(int variantId, int productId, string name, int onHand)
    {
        if (_to.Count > 0) _notices.Writer.TryWrite(new RanLow(variantId, productId, name, onHand));
    }

    /// <summary>The gateway reported something staff must act on (<paramref name="whatToDo"/>, English: it is translated here).</summary>
    public void PaymentNeedsStaff(string? orderNumber, string whatToDo)
    {
        if (_to.Count > 0) _notices.Writer.TryWrite(new PaymentAlert(orderNumber, whatToDo));
    }

    /// <summary>"Ada Lovelace, Analytical Engines Ltd (GB)": who pays, their company if they buy for one, where it goes.</summary>
    private static string Customer(Order order) =>
        $"{string.Join(", ", new[] { order.BillTo.FullName, order.BillTo.Company }.OfType<string>())} ({order.ShippingAddress.CountryCode})";

    protected override async Task RunAsync(CancellationToken stoppingToken)
    {
        foreach (var bad in options.Value.Addresses.Except(_to))
            log.LogWarning("{Setting} has \"{Address}\", which is not an address mail can be sent to; it gets no staff mail", StaffMailOptions.Section + ":To", bad);
        while (await _notices.Reader.WaitToReadAsync(stoppingToken))
        {
            try
            {
                await Task.Delay(options.Value.Gather, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                // Stopping: what was gathered still goes (the outbox stops after this service and sends it).
            }
            var gathered = new List<Notice>();
            while (_notices.Reader.TryRead(out var notice)) gathered.Add(notice);
            Send(gathered);
            stoppingToken.ThrowIfCancellationRequested();
        }
    }

    private void Send(List<Notice> gathered)
    {
        try
        {
            using var _ = languages.Default.Speak();
            var orders = gathered.OfType<NewOrder>().ToList();
            var returns = gathered.OfType<ReturnAsked>().ToList();
            if (orders.Count > 0) Mail(OrdersMail(orders));
            if (returns.Count > 0) Mail(ReturnsMail(returns));
            // A variant that ran low and then sold out within the gathering time is listed once, as it is now.
            var low = gathered.OfType<RanLow>().GroupBy(n => n.VariantId).Select(g => g.Last()).ToList();
            if (low.Count > 0) Mail(StockMail(low));
            var alerts = gathered.OfType<PaymentAlert>().ToList();
            if (alerts.Count > 0) Mail(AlertsMail(alerts));
        }
        catch (Exception e)
        {
            log.LogError(e, "Could not write the staff mail of {Count} notices", gathered.Count);
        }
    }

    /// <summary>What <see cref="ListedAtMost"/> left out of a mail's list, counted.</summary>
    private static void CountTheRest(MailBody body, int count)
    {
        if (count > ListedAtMost) body.Paragraph(ShopText.Translate("… and {0} more.", count - ListedAtMost));
    }

    private void Mail((string Subject, MailBody Body) mail)
    {
        var message = mail.Body.To(_to[0], mail.Subject); // a body ends once: each recipient gets a copy
        foreach (var to in _to) outbox.Enqueue(message with { To = to });
    }

    private (string, MailBody) OrdersMail(List<NewOrder> orders)
    {
        var sum = orders.Skip(1).Aggregate(orders[0].Total, (s, o) => s + o.Total);
        var subject = orders.Count == 1
            ? ShopText.Translate("New order {0}: {1}", orders[0].Number, orders[0].Total)
            : ShopText.Translate("{0} new orders: {1}", orders.Count, sum);
        var body = new MailBody(shop.Value.Name, ShopText.Translate(orders.Count == 1
                ? "A new order is paid and waiting to be sent:" : "New orders are paid and waiting to be sent:"), [])
            .Receipt(orders.Take(ListedAtMost).Select(o => ($"{o.Number} · {o.Customer}", o.Items, o.Total.ToString())),
                orders.Count == 1 ? [] : [(ShopText.Translate("Total"), sum.ToString())]);
        CountTheRest(body, orders.Count);
        return (subject, orders.Count == 1
            ? body.Button(ShopText.Translate("Open order {0}", orders[0].Number), $"{address.Root}/admin/orders/{Uri.EscapeDataString(orders[0].Number)}")
            : body.Button(ShopText.Translate("Open the orders to fulfil"), $"{address.Root}/admin/orders/to-fulfil"));
    }

    private (string, MailBody) ReturnsMail(List<ReturnAsked> returns)
    {
        var subject = returns.Count == 1
            ? ShopText.Translate("Return requested for order {0}", returns[0].Number)
            : ShopText.Translate("{0} return requests", returns.Count);
        var body = new MailBody(shop.Value.Name, ShopText.Translate(returns.Count == 1 ? "A shopper asked to return items:" : "Shoppers asked to return items:"),
            returns.Take(ListedAtMost).Select(r => ShopText.Translate("Order {0}, {1}: {2}", r.Number, r.Customer, r.What)));
        CountTheRest(body, returns.Count);
        return (subject, body.Button(ShopText.Translate("Open the returns"), $"{address.Root}/admin/returns"));
    }

    private (string, MailBody) StockMail(List<RanLow> low)
    {
        var subject = low.Count == 1
            ? ShopText.Translate(low[0].OnHand == 0 ? "Sold out: {0}" : "Running low: {0}", low[0].Name)
            : ShopText.Translate("{0} products running low or sold out", low.Count);
        var body = new MailBody(shop.Value.Name, ShopText.Translate("Stock to reorder:"),
            low.Take(ListedAtMost).Select(n => n.OnHand == 0
                ? ShopText.Translate("{0}: sold out", n.Name)
                : ShopText.Translate("{0}: {1} left", n.Name, n.OnHand)));
        CountTheRest(body, low.Count);
        return (subject, low.Count == 1
            ? body.Button(ShopText.Translate("Open its stock"), $"{address.Root}/admin/stock/{low[0].ProductId}")
            : body.Button(ShopText.Translate("Open the low-stock list"), $"{address.Root}/admin/stock"));
    }

    private (string, MailBody) AlertsMail(List<PaymentAlert> alerts)
    {
        string Line(PaymentAlert a) => a.Number is null
            ? ShopText.Translate(a.WhatToDo)
            : ShopText.Translate("Order {0}: {1}", a.Number, ShopText.Translate(a.WhatToDo));
        var subject = alerts.Count == 1 ? Line(alerts[0]) : ShopText.Translate("{0} payment alerts", alerts.Count);
        var body = new MailBody(shop.Value.Name, ShopText.Translate("The payment gateway reported what needs you:"), alerts.Take(ListedAtMost).Select(Line));
        CountTheRest(body, alerts.Count);
        return (subject, alerts.Count == 1 && alerts[0].Number is { } number
            ? body.Button(ShopText.Translate("Open order {0}", number), $"{address.Root}/admin/orders/{Uri.EscapeDataString(number)}")
            : body.Button(ShopText.Translate("Open the dashboard"), $"{address.Root}/admin"));
    }
}
