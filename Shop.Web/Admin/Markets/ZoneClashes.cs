using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Shop.Domain.Markets;

namespace Shop.Web.Admin.Markets;

/// <summary>A zone form refused when its zone would share a place with another of its kind (<see cref="ZoneArea.ClashIn"/>).</summary>
internal static class ZoneClashes
{
    /// <summary>True, with the reason by the field that names the place (regions, or countries), when it clashes.</summary>
    public static async Task<bool> FoundAsync<T>(ModelStateDictionary form, string prefix, IZone zone, IQueryable<T> zones, CancellationToken ct)
        where T : class, IZone
    {
        var others = await zones.AsNoTracking().ToListAsync(ct);
        if (ZoneArea.ClashIn(zone, others.Cast<IZone>()) is not { } clash) return false;
        form.AddModelError(prefix + (zone.Area.Regions.Count > 0 ? "Regions" : "Countries"), MarketSentences.Translate(clash));
        return true;
    }
}
