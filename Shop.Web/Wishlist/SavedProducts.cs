using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Web.Cart;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Wishlist;

/// <summary>What a signed-in shopper saves for later: add and remove (both idempotent), the list, and moving one to the cart.</summary>
public sealed class SavedProducts(ShopDbContext db, CartService carts, ProductTexts texts, IOptionWords optionWords, IOptions<ShopOptions> options,
    TimeProvider clock)
{
    public Task<List<int>> IdsAsync(string userId, CancellationToken ct) =>
        db.WishlistItems.AsNoTracking().Where(w => w.UserId == userId).Select(w => w.ProductId).ToListAsync(ct);

    /// <summary>The product's name in <paramref name="language"/> once saved (or already saved); null when no such product is on sale.</summary>
    public async Task<string?> AddAsync(string userId, int productId, ShopLanguage language, CancellationToken ct)
    {
        var name = await db.Products.AsNoTracking().Where(p => p.Id == productId && p.IsPublished).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (name is not null) name = await texts.NameAsync(language, productId, name);
        if (name is null || await db.WishlistItems.AnyAsync(w => w.UserId == userId && w.ProductId == productId, ct)) return name;
        if (await db.WishlistItems.CountAsync(w => w.UserId == userId, ct) >= WishlistItem.MaxItems)
            throw new DomainException(ShopText.Translate("Your wishlist holds {0} products, the most it can. Remove one to save {1}.", WishlistItem.MaxItems, name));
        db.WishlistItems.Add(new WishlistItem { UserId = userId, ProductId = productId, AddedAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // Saved at the same moment from another tab: it is saved.
        }
        return name;
    }

    public Task<int> RemoveAsync(string userId, int productId, CancellationToken ct) =>
        db.WishlistItems.Where(w => w.UserId == userId && w.ProductId == productId).ExecuteDeleteAsync(ct);

    /// <summary>The shopper's saved products, named in <paramref name="language"/>.</summary>
    public async Task<WishlistPage> PageAsync(string userId, ShopLanguage language, CancellationToken ct)
    {
        var rows = await db.WishlistItems.AsNoTracking().Where(w => w.UserId == userId)
            .Join(db.Products.Where(p => p.IsPublished), w => w.ProductId, p => p.Id, (w, p) => new
            {
                w.AddedAt, p.Id, p.Name, p.Slug, p.ImagePath, p.Price,
                Variants = p.Variants.Where(v => v.IsPublished).OrderBy(v => v.Position)
                    .Select(v => new { v.Id, v.Option1, v.Option2, v.Option3, v.Price, v.StockOnHand }).ToList(),
            })
            .OrderByDescending(r => r.AddedAt)
            .AsSplitQuery()
            .ToListAsync(ct);
        var currency = options.Value.Currency;
        var (names, words) = (await texts.ForAsync(language), await optionWords.ForAsync(language));
        return new WishlistPage(rows.Where(r => r.Variants.Count > 0).Select(r => new WishedProduct(r.Id, names.TryGetValue(r.Id, out var t) ? t.Name : r.Name, r.Slug, r.ImagePath,
            new Money(r.Variants.Min(v => v.Price ?? r.Price), currency), StockState.Of(r.Variants.Sum(v => v.StockOnHand)),
            r.Variants.Where(v => v.StockOnHand > 0)
                .Select(v => new WishedVariant(v.Id, words.TitleOf(v.Option1, v.Option2, v.Option3), new Money(v.Price ?? r.Price, currency))).ToList(),
            PriceVaries: r.Variants.Min(v => v.Price ?? r.Price) != r.Variants.Max(v => v.Price ?? r.Price)))
            .ToList());
    }

    /// <summary>
    /// Puts one of the saved product's variant in the cart and takes the product off the list; the message to show, naming
    /// it in <paramref name="language"/>. A broken rule (sold out, a full cart) comes back as a <see cref="DomainException"/>
    /// and the product stays saved.
    /// </summary>
    public async Task<string> MoveToCartAsync(HttpContext http, string userId, int productId, int variantId, ShopLanguage language, CancellationToken ct)
    {
        var variant = await db.Variants.AsNoTracking()
            .Where(v => v.Id == variantId && v.ProductId == productId && v.IsPublished
                        && db.Set<WishlistItem>().Any(w => w.UserId == userId && w.ProductId == productId)
                        && db.Products.Any(p => p.Id == productId && p.IsPublished))
            .Select(v => new { v.StockOnHand, Name = db.Products.First(p => p.Id == productId).Name })
            .FirstOrDefaultAsync(ct) ?? throw new KeyNotFoundException();
        var name = await texts.NameAsync(language, productId, variant.Name);
        if (variant.StockOnHand == 0) throw new DomainException(ShopText.Translate("Sorry, {0} is sold out: it stays on your wishlist.", name));
        var cart = await carts.GetOrCreateAsync(http, ct);
        if (!cart.HasRoomFor(variantId))
            throw new DomainException(ShopText.Translate("Your cart is full: remove a product from it to add {0}.", name));
        if (cart.QuantityOf(variantId) == 0) cart.Add(variantId, 1, clock.GetUtcNow(), variant.StockOnHand);
        await carts.SaveAsync(cart, ct);
        await RemoveAsync(userId, productId, ct);
        return ShopText.Translate("Moved {0} to your cart.", name);
    }
}
