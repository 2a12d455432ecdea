using Microsoft.EntityFrameworkCore;

namespace Shop.Web.Data;

public static class SaveUnlessChanged
{
    /// <summary>Saves; false, with nothing saved and nothing tracked any more, when someone changed a row since it was read.</summary>
    public static async Task<bool> TrySaveChangesAsync(this DbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
