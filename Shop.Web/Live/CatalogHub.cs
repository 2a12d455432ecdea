using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Live;

/// <summary>
/// Anyone looking at a product page: watches the stock of that product's variants. A connection joins one group per product it
/// watches (a page watches one; a few tabs' worth is allowed), and gets the current stock back at once, so a page
/// that was rendered or reconnected a while ago is right again immediately.
/// </summary>
[AllowAnonymous]
public sealed class CatalogHub(ShopDbContext db) : Hub
{
    public const string Path = "/hubs/catalog";
    public const int MaxWatchedProducts = 20;
    private const string WatchedKey = "watched";

    public static string ProductGroup(int productId) => $"product:{productId}";

    /// <summary>Joins the product's group; the stock of each of its variants on sale now (empty when it is not on sale).</summary>
    public async Task<IReadOnlyList<StockUpdate>> WatchProduct(int productId)
    {
        var watched = Context.Items.TryGetValue(WatchedKey, out var w) && w is HashSet<int> set ? set : [];
        Context.Items[WatchedKey] = watched;
        if (!watched.Contains(productId) && watched.Count >= MaxWatchedProducts)
            throw new HubException($"A page may watch at most {MaxWatchedProducts} products.");
        var variants = await db.Variants.AsNoTracking()
            .Where(v => v.ProductId == productId && v.IsPublished && db.Products.Any(p => p.Id == productId && p.IsPublished))
            .Select(v => new { v.Id, v.StockOnHand }).ToListAsync(Context.ConnectionAborted);
        if (variants.Count == 0) return []; // unknown or unpublished: nothing to watch
        watched.Add(productId);
        await Groups.AddToGroupAsync(Context.ConnectionId, ProductGroup(productId), Context.ConnectionAborted);
        return variants.Select(v => StockUpdate.Of(productId, v.Id, v.StockOnHand)).ToList();
    }
}
