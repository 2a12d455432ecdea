using Microsoft.EntityFrameworkCore;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Ordering;
using Shop.Web.Account;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.BackInStock;

/// <summary>
/// Asking, confirming and stopping back-in-stock mail; the rules are <see cref="BackInStockRequest"/>'s. A deleted
/// account's address gets no more of it.
/// </summary>
public sealed class BackInStockRequests(ShopDbContext db, BackInStockMail mail, MailAllowance allowance, TimeProvider clock, IOptionWords words)
    : IPersonalData
{
    /// <summary>
    /// <see cref="AwaitingConfirmation"/>: the address is asked to confirm, whether or not a mail went this time; also the
    /// answer for another's address that already waits, so asking tells nothing. <see cref="AlreadyWaiting"/>: the account's own only.
    /// </summary>
    public enum Outcome { NotFound, Confirmed, AwaitingConfirmation, AlreadyWaiting }

    /// <summary>
    /// Records the request. An address that is the signed-in shopper's own is confirmed at once; any other gets a mail to
    /// confirm first (once: asking again while waiting sends nothing more; asking again after its mail went out needs a new
    /// confirmation), within its mailbox's hourly <see cref="MailAllowance"/>. A broken rule comes back as a
    /// <see cref="DomainException"/>.
    /// </summary>
    public async Task<Outcome> AskAsync(int variantId, string email, string? accountEmail, string? language, CancellationToken ct)
    {
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Id == variantId && v.IsPublished && db.Products.Any(p => p.Id == v.ProductId && p.IsPublished))
            .Select(v => new
            {
                v.ProductId, v.StockOnHand, v.Option1, v.Option2, v.Option3,
                Name = db.Set<ProductTranslation>().Where(t => t.ProductId == v.ProductId && t.Language == language && t.Name != "").Select(t => t.Name).FirstOrDefault()
                       ?? db.Products.First(p => p.Id == v.ProductId).Name,
            })
            .FirstOrDefaultAsync(ct);
        if (variant is null) return Outcome.NotFound;
        var address = Address(email);
        var own = string.Equals(address, accountEmail?.Trim(), StringComparison.OrdinalIgnoreCase);
        var now = clock.GetUtcNow();
        var request = await db.BackInStockRequests.FirstOrDefaultAsync(r => r.VariantId == variantId && r.Email == address, ct);
        // Whether another address already waits is told to its own account only: anyone else gets "check your inbox", no mail.
        if (request is { NotifiedAt: null } && (request.IsConfirmed || !own))
            return request.IsConfirmed && own ? Outcome.AlreadyWaiting : Outcome.AwaitingConfirmation;
        if (request is null)
        {
            request = BackInStockRequest.For(variant.ProductId, variantId, variant.StockOnHand == 0, address, own, now, language);
            db.BackInStockRequests.Add(request);
        }
        else
        {
            // Mailed before: anyone but the signed-in owner starts it again unconfirmed (another person may have typed it).
            request.Renew(variant.StockOnHand == 0, own, now, language);
        }
        // Over the mailbox's allowance nothing is mailed or recorded (asking again later mails it), and the answer is the same.
        if (!request.IsConfirmed && !await allowance.TryTakeAsync(address, ct)) return Outcome.AwaitingConfirmation;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return Outcome.AwaitingConfirmation; // the same address asked twice at once: the first one mails
        }
        if (request.IsConfirmed) return own ? Outcome.Confirmed : Outcome.AwaitingConfirmation;
        var title = (await words.ForAsync(language)).TitleOf(variant.Option1, variant.Option2, variant.Option3);
        mail.SendConfirm(request.Id, address, OrderLine.NameWithVariant(variant.Name, title), language);
        return Outcome.AwaitingConfirmation;
    }

    /// <summary>False when the request is gone (stopped) or was made for another address.</summary>
    public async Task<bool> ConfirmAsync(int requestId, string email, CancellationToken ct)
    {
        var request = await db.BackInStockRequests.FirstOrDefaultAsync(r => r.Id == requestId && r.Email == email, ct);
        if (request is null) return false;
        request.Confirm(clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Stops every back-in-stock mail to the address; doing it twice is harmless.</summary>
    public Task<int> StopAsync(string email, CancellationToken ct) =>
        db.BackInStockRequests.Where(r => r.Email == email).ExecuteDeleteAsync(ct);

    Task IPersonalData.ForgetAsync(ShopUser user, CancellationToken ct) => StopAsync(Address(user.Email ?? ""), ct);

    /// <summary>Requests are kept under the address as one spelling.</summary>
    private static string Address(string email) => email.Trim().ToLowerInvariant();
}
