using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shop.Domain;
using Shop.Domain.Cart;
using Shop.Domain.Catalog;
using Shop.Domain.Checkout;
using Shop.Domain.Ordering;
using Shop.Web.Data;
using Shop.Web.Languages;
using Shop.Web.Markets;
using Shop.Domain.Markets;

namespace Shop.Web.Cart;

/// <summary>
/// Finds, changes and prices shoppers' carts. Prices and stock always come from the catalog.
/// Names are in the request's language (a product's translation where staff wrote one): the cart, the review and the
/// order's lines, and so its mails and invoice, name a product as the shopper saw it; its variant too (option words).
/// </summary>
public sealed class CartService(ShopDbContext db, CartStamps stamps, IOptions<ShopOptions> options, MarketTerms markets, TimeProvider clock,
    IHttpContextAccessor http, IOptionWords optionWords)
{
    public static readonly TimeSpan KeepAnonymousCartsFor = TimeSpan.FromDays(30);

    private ShopOptions Shop => options.Value;
    private DateTimeOffset Now => clock.GetUtcNow();
    private string? Language => LanguagePrefix.TranslatedCode(http.HttpContext);

    /// <summary>The request's option words, from the catalog's cache: pricing (and so Pay) asks the database nothing more.</summary>
    private ValueTask<OptionGlossary> WordsAsync() =>
        http.HttpContext is { } request ? optionWords.ForAsync(LanguagePrefix.Of(request)) : new(OptionGlossary.None);

    public async Task<ShoppingCart?> FindAsync(CartOwner owner, CancellationToken ct) =>
        owner.IsKnown ? await CartOf(db, owner.UserId, owner.Token, ct) : null;

    // Precompiled (every Pay and every change to a cart looks its cart up); the owner test as in UnitsInCart below. Lines in
    // the order they were added: unordered, PostgreSQL reads a line whose quantity changed last, and the cart reshuffles.
    private static readonly Func<ShopDbContext, string?, Guid?, CancellationToken, Task<ShoppingCart?>> CartOf =
        EF.CompileAsyncQuery((ShopDbContext db, string? userId, Guid? token, CancellationToken _) =>
            db.Carts.Include(c => c.Lines.OrderBy(l => l.Id)).FirstOrDefault(c => userId != null ? c.UserId == userId : c.Token == token && c.UserId == null));

    /// <summary>The owner's cart, made (and for an anonymous shopper, remembered in a cookie) on first use.</summary>
    public async Task<ShoppingCart> GetOrCreateAsync(HttpContext http, CancellationToken ct)
    {
        var owner = CartOwner.Of(http);
        if (await FindAsync(owner, ct) is { } cart) return cart;
        cart = ShoppingCart.New(Now);
        if (owner.UserId is { } userId) cart.AssignTo(userId, Now);
        else CartOwner.RememberAnonymous(http, cart.Token);
        db.Carts.Add(cart);
        return cart;
    }

    /// <summary>Saves a change to the cart; the shopper's cached pages make way for ones that show it.</summary>
    public async Task SaveAsync(ShoppingCart cart, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        await ChangedAsync(cart);
    }

    /// <summary>Call once a change to the cart is committed: the shopper's cached pages follow it.</summary>
    public Task ChangedAsync(ShoppingCart cart) => stamps.RenewAsync(cart);

    /// <summary>
    /// Units in the cart for the header badge, counted as pricing counts them (<see cref="PricedCart.ItemCount"/>: no more
    /// than in stock, none of what is no longer sold): one small precompiled query (it runs on every personal page rendered).
    /// </summary>
    public async Task<int> CountAsync(CartOwner owner, CancellationToken ct) =>
        owner.IsKnown ? await UnitsInCart(db, owner.UserId, owner.Token, ct) ?? 0 : 0;

    // The owner test is written once per query: EF makes its SQL per null-ness of the parameters, so a user's cart is
    // found by UserId alone and an anonymous one by Token alone, as with two queries.
    private static readonly Func<ShopDbContext, string?, Guid?, CancellationToken, Task<int?>> UnitsInCart =
        EF.CompileAsyncQuery((ShopDbContext db, string? userId, Guid? token, CancellationToken _) =>
            db.Carts.Where(c => userId != null ? c.UserId == userId : c.Token == token && c.UserId == null).SelectMany(c => c.Lines)
                .Join(db.Variants, l => l.VariantId, v => v.Id, (l, v) => new { l.Quantity, v.ProductId, v.StockOnHand, v.IsPublished })
                .Join(db.Products, x => x.ProductId, p => p.Id, (x, p) => new { x.Quantity, x.StockOnHand, IsForSale = x.IsPublished && p.IsPublished })
                .Sum(x => (int?)(!x.IsForSale || x.StockOnHand <= 0 ? 0 : x.Quantity < x.StockOnHand ? x.Quantity : x.StockOnHand)));

    /// <summary>
    /// The name ("Linen Shirt — XL / Sky") of a line in the owner's cart with fewer units left than it asks for (or no longer sold), if
    /// any. One small precompiled query: in a sale most shoppers press Pay after the last unit went, and they are told so
    /// without their cart being loaded and priced. Only a quick "no": pricing and the stock reservation decide the rest.
    /// </summary>
    public async Task<string?> FirstShortOfStockAsync(CartOwner owner, CancellationToken ct) =>
        owner.IsKnown && await ShortInCart(db, owner.UserId, owner.Token, Language, ct) is { } line
            ? OrderLine.NameWithVariant(line.Name, (await WordsAsync()).TitleOf(line.Option1, line.Option2, line.Option3))
            : null;

    private sealed record ShortLine(string Name, string? Option1, string? Option2, string? Option3);

    private static readonly Func<ShopDbContext, string?, Guid?, string?, CancellationToken, Task<ShortLine?>> ShortInCart =
        EF.CompileAsyncQuery((ShopDbContext db, string? userId, Guid? token, string? language, CancellationToken _) =>
            db.Carts.Where(c => userId != null ? c.UserId == userId : c.Token == token && c.UserId == null).SelectMany(c => c.Lines)
                .Join(db.Variants, l => l.VariantId, v => v.Id, (l, v) => new { l.Quantity, v })
                .Join(db.Products, x => x.v.ProductId, p => p.Id, (x, p) => new { x.Quantity, x.v, IsPublished = x.v.IsPublished && p.IsPublished,
                    Name = db.Set<ProductTranslation>().Where(t => t.ProductId == p.Id && t.Language == language).Select(t => t.Name).FirstOrDefault() ?? p.Name })
                .Where(x => !x.IsPublished || x.v.StockOnHand < x.Quantity)
                .Select(x => new ShortLine(x.Name, x.v.Option1, x.v.Option2, x.v.Option3)).FirstOrDefault());

    /// <summary>
    /// Brings the cart down to what <paramref name="priced"/> said can be bought (quantities to the stock left, lines no
    /// longer sold taken out), once the shopper is shown it on the review: what they pay for is what they saw. Returns
    /// the cart priced again and the lines that changed, for the review to name them.
    /// </summary>
    public async Task<(PricedCart Priced, IReadOnlyList<PricedCartLine> Changed)> AcceptChangesAsync(ShoppingCart cart, PricedCart priced, CancellationToken ct)
    {
        if (!priced.NeedsReview) return (priced, []);
        var changed = priced.Lines.Where(l => l.Status != CartLineStatus.Ok).ToList();
        cart.AcceptPricing(priced, Now);
        await SaveAsync(cart, ct);
        return (await PriceAsync(cart, ct), changed);
    }

    /// <summary>Prices a cart from the catalog as it is right now (one precompiled query for all its variants).</summary>
    public async Task<PricedCart> PriceAsync(ShoppingCart cart, CancellationToken ct)
    {
        var catalog = new Dictionary<int, CatalogItem>();
        var words = await WordsAsync();
        await foreach (var v in ForPricing(db, cart.Lines.Select(l => l.VariantId).ToList(), Language).WithCancellation(ct))
            catalog[v.Id] = new CatalogItem(v.Id, v.ProductId, v.Name, words.TitleOf(v.Option1, v.Option2, v.Option3), v.Sku,
                Shop.Money(v.Price), v.StockOnHand, v.IsForSale, v.TaxClass, v.Weight, v.CategoryId, v.IsDigital);
        return cart.Price(catalog, Shop.Currency);
    }

    private static readonly Func<ShopDbContext, List<int>, string?, IAsyncEnumerable<PricingRow>> ForPricing =
        EF.CompileAsyncQuery((ShopDbContext db, List<int> ids, string? language) => db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new PricingRow(v.Id, v.ProductId,
                db.Set<ProductTranslation>().Where(t => t.ProductId == p.Id && t.Language == language).Select(t => t.Name).FirstOrDefault() ?? p.Name,
                v.Option1, v.Option2,
                v.Option3, v.Sku, v.Price ?? p.Price, v.StockOnHand, v.IsPublished && p.IsPublished, p.TaxClass,
                v.WeightGrams ?? p.WeightGrams ?? 0, p.CategoryId, p.IsDigital)));

    private sealed record PricingRow(int Id, int ProductId, string Name, string? Option1, string? Option2, string? Option3, string Sku,
        decimal Price, int StockOnHand, bool IsForSale, Domain.Markets.TaxClass TaxClass, int Weight, int CategoryId, bool IsDigital);

    /// <summary>The discount code the shopper typed on the cart, if it exists; whether it applies is the domain's call.</summary>
    public async Task<DiscountCode?> DiscountCodeAsync(ShoppingCart cart, CancellationToken ct) =>
        cart.DiscountCode is { } c ? await db.DiscountCodes.AsNoTracking().FirstOrDefaultAsync(d => d.Code == c, ct) : null;

    /// <summary>The cart page, its shipping estimated for <paramref name="shipTo"/> when the shop ships there (<see cref="ShipToCountry"/>).</summary>
    public async Task<CartPage> PageAsync(HttpContext http, CancellationToken ct, string? shipTo = null)
    {
        var cart = await FindAsync(CartOwner.Of(http), ct);
        if (cart is null || cart.IsEmpty) return CartPage.Empty;
        var priced = await PriceAsync(cart, ct);
        var code = await DiscountCodeAsync(cart, ct);
        var market = await markets.CurrentAsync(ct);
        var estimateFor = ShipToCountry.For(http, market.Shipping, shipTo);
        var quoting = estimateFor is null ? market : market.EstimatingFor(estimateFor);
        var (totals, discount) = OrderTotals.Quote(priced, Domain.Checkout.ShippingMethod.Standard, quoting, Destination.Unknown, code, Now);
        var variantIds = priced.Lines.Select(l => l.VariantId).ToList();
        var images = await db.Variants.AsNoTracking()
            .Where(v => variantIds.Contains(v.Id))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Id, p.Slug, ImagePath = v.ImagePath ?? p.ImagePath })
            .ToDictionaryAsync(v => v.Id, ct);
        var lines = priced.Lines.Select(l => new CartPageLine(l, images.GetValueOrDefault(l.VariantId)?.Slug,
            images.GetValueOrDefault(l.VariantId)?.ImagePath)).ToList();
        return new CartPage(lines, priced, totals, cart.DiscountCode, discount?.Applies == true, DiscountMessage(cart.DiscountCode, code, discount))
        {
            TaxAtCheckout = market.Tax.AddsTaxByAddress,
            ShippingEstimateFor = estimateFor,
            ShippingCountries = estimateFor is null ? [] : market.Shipping.CountriesServed,
        };
    }

    /// <summary>
    /// Why <paramref name="typed"/> may not take the place of the cart's code: the cart's code takes money off and the typed
    /// one would not (unknown, or not for this cart), so the shopper keeps theirs and is told why; null when it may.
    /// </summary>
    public async Task<string?> KeepsItsCodeAsync(ShoppingCart cart, string? typed, CancellationToken ct)
    {
        var next = DiscountCode.Normalize(typed);
        if (cart.DiscountCode is not { } kept || next.Length == 0 || next == kept) return null;
        var codes = await db.DiscountCodes.AsNoTracking().Where(d => d.Code == kept || d.Code == next).ToListAsync(ct);
        var (priced, market) = (await PriceAsync(cart, ct), await markets.CurrentAsync(ct));
        DiscountOutcome? Outcome(DiscountCode? code) =>
            code is null ? null : OrderTotals.Quote(priced, Domain.Checkout.ShippingMethod.Standard, market, Destination.Unknown, code, Now).Discount;
        var nextCode = codes.FirstOrDefault(d => d.Code == next);
        var outcome = Outcome(nextCode);
        if (Outcome(codes.FirstOrDefault(d => d.Code == kept))?.Applies != true || outcome is { Applies: true }) return null;
        return DiscountMessage(next, nextCode, outcome) + " " + ShopText.Translate("{0} still applies.", kept);
    }

    /// <summary>What the shopper is told of the code in their cart: what it takes off, or why it does not apply (translated).</summary>
    public static string? DiscountMessage(string? typed, DiscountCode? code, DiscountOutcome? outcome) =>
        typed is null ? null
        : code is null ? ShopText.Translate("“{0}” isn't a valid code.", typed)
        : outcome is null ? null : ShopText.Discount(outcome);

    /// <summary>
    /// At sign-in, the anonymous cart (cookie) moves into the shopper's own cart: quantities add, caps hold, and the
    /// anonymous cart is deleted so a second sign-in adds nothing. Orders bought from it and not yet settled (the shop
    /// stopped mid-charge) then name the cart its lines went into, so a payment settled later takes them out of it.
    /// </summary>
    public async Task MergeAnonymousCartAsync(string userId, Guid anonymousToken, CancellationToken ct)
    {
        var anonymous = await FindAsync(new CartOwner(null, anonymousToken), ct);
        if (anonymous is null) return;
        var mine = await FindAsync(new CartOwner(userId, null), ct);
        if (mine is null)
        {
            anonymous.AssignTo(userId, Now);
            await db.SaveChangesAsync(ct);
        }
        else
        {
            mine.Merge(anonymous, Now);
            db.Carts.Remove(anonymous);
            await db.InTransactionAsync(async token =>
            {
                await db.SaveChangesAsync(token);
                return await db.Orders.Where(o => o.CartId == anonymous.Id).ExecuteUpdateAsync(o => o.SetProperty(x => x.CartId, mine.Id), token);
            }, ct);
        }
        await stamps.RenewAsync(new CartOwner(userId, null));
        await stamps.RenewAsync(new CartOwner(null, anonymousToken));
    }

    /// <summary>Anonymous carts nobody touched for 30 days go; shoppers' own carts stay.</summary>
    public Task<int> DeleteAbandonedAsync(CancellationToken ct)
    {
        var cutoff = Now - KeepAnonymousCartsFor;
        return db.Carts.Where(c => c.UserId == null && c.UpdatedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
