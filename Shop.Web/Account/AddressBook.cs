using Microsoft.EntityFrameworkCore;
using Shop.Domain.Checkout;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// One shopper's saved addresses. Every lookup is by owner and id together, so another account's address is
/// simply "not found" and can be neither read nor changed.
/// </summary>
public sealed class AddressBook(ShopDbContext db)
{
    public Task<List<SavedAddress>> ListAsync(string userId, CancellationToken cancellationToken) =>
        db.SavedAddresses.Where(a => a.UserId == userId).OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).ToListAsync(cancellationToken);

    public Task<SavedAddress?> FindAsync(string userId, int id, CancellationToken cancellationToken) =>
        db.SavedAddresses.FirstOrDefaultAsync(a => a.UserId == userId && a.Id == id, cancellationToken);

    /// <summary>Saves the address; the same address saved already (a double click's later post) is kept once.</summary>
    public Task AddAsync(string userId, AddressForm form, CancellationToken cancellationToken) =>
        db.InTransactionAsync(async ct =>
        {
            await OneAtATimeAsync(userId, ct);
            var address = new SavedAddress { UserId = userId };
            Copy(form, address);
            if (await SameAsync(address, ct) is { } saved)
            {
                if (form.IsDefault) await SetDefaultAsync(userId, saved, true, ct);
                await db.SaveChangesAsync(ct);
                return true;
            }
            // The first address is the default; nobody should have to tick a box for that.
            var isFirst = !await db.SavedAddresses.AnyAsync(a => a.UserId == userId, ct);
            db.SavedAddresses.Add(address);
            await SetDefaultAsync(userId, address, form.IsDefault || isFirst, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }, cancellationToken);

    /// <summary>
    /// Holds the shopper's other address-book writes back until this transaction ends: a write to their account row
    /// that changes nothing (a row lock on a server database; SQLite writes one at a time anyway). Two posts at once
    /// would each find no copy, and no default to unset, and both save theirs.
    /// </summary>
    private Task OneAtATimeAsync(string userId, CancellationToken ct) =>
        db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.ConcurrencyStamp, u => u.ConcurrencyStamp), ct);

    private Task<SavedAddress?> SameAsync(SavedAddress address, CancellationToken ct) =>
        db.SavedAddresses.FirstOrDefaultAsync(a => a.UserId == address.UserId
            && a.Recipient == address.Recipient && a.Company == address.Company && a.Line1 == address.Line1 && a.Line2 == address.Line2
            && a.City == address.City && a.Region == address.Region && a.PostalCode == address.PostalCode && a.Country == address.Country
            && a.Phone == address.Phone, ct);

    public async Task<bool> UpdateAsync(string userId, int id, AddressForm form, CancellationToken cancellationToken)
    {
        var address = await FindAsync(userId, id, cancellationToken);
        if (address is null) return false;
        Copy(form, address);
        if (form.IsDefault) await SetDefaultAsync(userId, address, true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> MakeDefaultAsync(string userId, int id, CancellationToken cancellationToken)
    {
        var address = await FindAsync(userId, id, cancellationToken);
        if (address is null) return false;
        await SetDefaultAsync(userId, address, true, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken)
    {
        var address = await FindAsync(userId, id, cancellationToken);
        if (address is null) return false;
        db.SavedAddresses.Remove(address);
        if (address.IsDefault)
        {
            // Keep exactly one default while any address is left.
            var next = await db.SavedAddresses.Where(a => a.UserId == userId && a.Id != id).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
            if (next is not null) next.IsDefault = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task SetDefaultAsync(string userId, SavedAddress address, bool isDefault, CancellationToken cancellationToken)
    {
        if (isDefault)
        {
            var others = await db.SavedAddresses.Where(a => a.UserId == userId && a.IsDefault && a.Id != address.Id).ToListAsync(cancellationToken);
            foreach (var other in others) other.IsDefault = false;
        }
        address.IsDefault = isDefault;
    }

    private static void Copy(AddressForm form, SavedAddress address)
    {
        address.Recipient = form.Recipient.Trim();
        address.Company = string.IsNullOrWhiteSpace(form.Company) ? null : form.Company.Trim();
        address.Line1 = form.Line1.Trim();
        address.Line2 = string.IsNullOrWhiteSpace(form.Line2) ? null : form.Line2.Trim();
        address.City = form.City.Trim();
        address.Region = string.IsNullOrWhiteSpace(form.Region) ? null : form.Region.Trim();
        address.Phone = string.IsNullOrWhiteSpace(form.Phone) ? null : form.Phone.Trim();
        address.Country = form.Country.Trim().ToUpperInvariant();
        address.PostalCode = PostalFormat.Written(address.Country, form.PostalCode ?? ""); // none in countries without postal codes
    }
}
