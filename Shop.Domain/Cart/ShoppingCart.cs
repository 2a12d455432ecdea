namespace Shop.Domain.Cart;

/// <summary>
/// A shopper's cart: which variants of which products, how many. It holds variant ids and quantities only; prices, names and stock
/// come from the catalog each time it is priced (<see cref="Price"/>). An anonymous cart is found by its
/// <see cref="Token"/> (a cookie); a signed-in shopper's cart by <see cref="UserId"/>.
/// </summary>
/// <remarks>Named ShoppingCart rather than Cart so the type does not clash with its namespace.</remarks>
public class ShoppingCart
{
    /// <summary>Nobody needs more of one variant in a web order; more is a typo or a bot.</summary>
    public const int MaxQuantityPerLine = 10;

    /// <summary>Bounds the work of pricing a cart and the size of a stored one.</summary>
    public const int MaxLines = 50;

    private readonly List<CartLine> _lines = [];

    public int Id { get; private set; }
    public Guid Token { get; private set; }
    public string? UserId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>The code the shopper typed on the cart page; whether it applies is decided each time it is priced.</summary>
    public string? DiscountCode { get; private set; }
    public IReadOnlyList<CartLine> Lines => _lines;

    private ShoppingCart() { }

    public ShoppingCart(Guid token, DateTimeOffset now)
    {
        if (token == Guid.Empty) throw new DomainException("A cart needs a token.");
        Token = token;
        UpdatedAt = now;
    }

    public static ShoppingCart New(DateTimeOffset now) => new(Guid.NewGuid(), now);

    public bool IsEmpty => _lines.Count == 0;

    public int QuantityOf(int variantId) => Find(variantId)?.Quantity ?? 0;

    /// <summary>Whether <see cref="Add"/> can take the product: it has a line already, or the cart has room for one more.</summary>
    public bool HasRoomFor(int variantId) => Find(variantId) is not null || _lines.Count < MaxLines;

    /// <summary>
    /// Adds to the product's line (or starts one). The line never goes above the per-line limit, nor above
    /// <paramref name="inStock"/> when the stock is known. Returns how many the line holds now.
    /// </summary>
    public int Add(int variantId, int quantity, DateTimeOffset now, int inStock = int.MaxValue)
    {
        if (quantity < 1) throw new DomainException("Add at least one item.");
        if (inStock < 1) throw new DomainException("That item is sold out.");
        var line = Find(variantId);
        if (line is null && !HasRoomFor(variantId)) throw new DomainException($"A cart holds at most {MaxLines} different products.");
        // long arithmetic: int.MaxValue + 1 must cap, not wrap to a negative quantity.
        var wanted = (int)Math.Min((long)(line?.Quantity ?? 0) + quantity, Math.Min(MaxQuantityPerLine, inStock));
        if (line is null) _lines.Add(line = new CartLine(variantId, wanted));
        else line.SetQuantity(wanted);
        UpdatedAt = now;
        return line.Quantity;
    }

    /// <summary>Sets the product's quantity: 0 removes the line, above the limit is capped, negative is refused.</summary>
    public void ChangeQuantity(int variantId, int quantity, DateTimeOffset now)
    {
        if (quantity < 0) throw new DomainException("A quantity cannot be negative.");
        var line = Find(variantId) ?? throw new DomainException("That item is not in the cart.");
        if (quantity == 0) _lines.Remove(line);
        else line.SetQuantity(quantity);
        UpdatedAt = now;
    }

    /// <summary>Removes the product's line; removing something not in the cart is harmless (double-clicks).</summary>
    public void Remove(int variantId, DateTimeOffset now)
    {
        var line = Find(variantId);
        if (line is not null) _lines.Remove(line);
        UpdatedAt = now;
    }

    /// <summary>
    /// Takes out what an order bought from this cart when its payment is settled after the shopper left: each line less
    /// the quantity bought, so what was added since stays; the discount code goes with the last line.
    /// </summary>
    public void TakeOut(IEnumerable<(int VariantId, int Quantity)> bought, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(bought);
        foreach (var (variantId, quantity) in bought)
        {
            if (Find(variantId) is not { } line) continue;
            if (line.Quantity <= quantity) _lines.Remove(line);
            else line.SetQuantity(line.Quantity - quantity);
        }
        if (IsEmpty) DiscountCode = null;
        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        _lines.Clear();
        DiscountCode = null;
        UpdatedAt = now;
    }

    /// <summary>
    /// Moves the lines of another cart (usually the anonymous one, at sign-in) into this one. Quantities add and
    /// each line stays within the per-line limit; lines beyond <see cref="MaxLines"/> are dropped. The other cart
    /// is emptied, so merging twice adds nothing.
    /// </summary>
    public void Merge(ShoppingCart other, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this)) return;
        foreach (var line in other._lines)
        {
            if (Find(line.VariantId) is null && _lines.Count >= MaxLines) continue;
            Add(line.VariantId, line.Quantity, now);
        }
        DiscountCode ??= other.DiscountCode;
        other.Clear(now);
        UpdatedAt = now;
    }

    public void UseDiscountCode(string? code, DateTimeOffset now)
    {
        var normalized = Checkout.DiscountCode.Normalize(code);
        DiscountCode = normalized.Length == 0 ? null : normalized;
        UpdatedAt = now;
    }

    public void AssignTo(string userId, DateTimeOffset now)
    {
        UserId = Guard.Text(userId, nameof(userId), 450);
        UpdatedAt = now;
    }

    /// <summary>
    /// Prices the cart from the catalog. Quantities are capped by stock and by the per-line limit; products missing
    /// from <paramref name="catalog"/>, not for sale or sold out are reported unavailable and priced at zero.
    /// </summary>
    public PricedCart Price(IReadOnlyDictionary<int, CatalogItem> catalog, string currency)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var lines = _lines.Select(line => PriceLine(line, catalog, currency)).ToList();
        return new PricedCart(currency, lines);
    }

    /// <summary>
    /// Brings the stored quantities down to what pricing said can be bought (and drops unavailable lines), after
    /// the shopper has been shown the review. The next pricing then needs no review.
    /// </summary>
    public void AcceptPricing(PricedCart priced, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(priced);
        foreach (var line in priced.Lines)
        {
            if (line.Quantity == 0) Remove(line.VariantId, now);
            else if (Find(line.VariantId) is { } mine && mine.Quantity != line.Quantity) mine.SetQuantity(line.Quantity);
        }
        UpdatedAt = now;
    }

    private static PricedCartLine PriceLine(CartLine line, IReadOnlyDictionary<int, CatalogItem> catalog, string currency)
    {
        if (!catalog.TryGetValue(line.VariantId, out var item) || !item.IsForSale || item.StockOnHand <= 0)
        {
            return new PricedCartLine(line.VariantId, item?.ProductId ?? 0, item?.Name ?? "", item?.VariantTitle ?? "", item?.Sku ?? "",
                item?.UnitPrice ?? Money.Zero(currency), line.Quantity, 0, CartLineStatus.Unavailable, CategoryId: item?.CategoryId);
        }
        if (item.UnitPrice.Currency != new Money(0m, currency).Currency)
            throw new DomainException($"{item.Sku} is priced in {item.UnitPrice.Currency}, the cart in {currency}.");

        var quantity = line.Quantity;
        var status = CartLineStatus.Ok;
        if (quantity > MaxQuantityPerLine) (quantity, status) = (MaxQuantityPerLine, CartLineStatus.CappedByLineLimit);
        if (quantity > item.StockOnHand) (quantity, status) = (item.StockOnHand, CartLineStatus.CappedByStock);
        return new PricedCartLine(line.VariantId, item.ProductId, item.Name, item.VariantTitle, item.Sku, item.UnitPrice, line.Quantity, quantity, status,
            item.TaxClass, item.WeightGrams, item.CategoryId, item.IsDigital);
    }

    private CartLine? Find(int variantId) => _lines.Find(l => l.VariantId == variantId);
}
