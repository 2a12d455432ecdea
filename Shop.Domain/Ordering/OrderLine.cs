namespace Shop.Domain.Ordering;

/// <summary>
/// A product's variant as it was sold: name, option values, SKU and unit price are copied at order time so later
/// catalog edits never change an order, a receipt or a refund.
/// </summary>
public class OrderLine
{
    public const int MaxVariantTitleLength = 130;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public int VariantId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The variant's option values as sold ("M / Blue"); empty for a product without options.</summary>
    public string VariantTitle { get; private set; } = "";
    public string Sku { get; private set; } = "";
    public Money UnitPrice { get; private set; }
    public int Quantity { get; private set; }
    public Money LineTotal { get; private set; }
    /// <summary>Sold as a digital good: not in the parcel (false for lines before digital goods).</summary>
    public bool IsDigital { get; private set; }
    /// <summary>
    /// What the line came to in the order's total: after its share of the discount, with its tax (without it when
    /// reverse charged). Null for orders placed before the shop kept it.
    /// </summary>
    public Money? Paid => PaidAmount is { } amount ? new Money(amount, UnitPrice.Currency) : null;
    private decimal? PaidAmount { get; set; }
    /// <summary>The tax within <see cref="Paid"/>. Null for orders placed before the shop kept it.</summary>
    public Money? TaxPaid => TaxPaidAmount is { } amount ? new Money(amount, UnitPrice.Currency) : null;
    private decimal? TaxPaidAmount { get; set; }

    /// <summary>
    /// What the line sold for, as sales reports count it: what was paid for it after its share of the discount, less tax
    /// added on top (tax within shelf prices stays in, as in them); a line from before that was kept, its list value.
    /// </summary>
    public Money SoldFor(bool taxIncluded) => PaidAmount is { } paid
        ? new Money(paid - (taxIncluded ? 0m : TaxPaidAmount ?? 0m), UnitPrice.Currency)
        : LineTotal;

    private OrderLine() { }

    internal OrderLine(int productId, int variantId, string name, string variantTitle, string sku, Money unitPrice, int quantity,
        bool isDigital = false, Money? paid = null, Money? taxPaid = null)
    {
        if (quantity < 1) throw new DomainException("An order line holds at least one item.");
        if (unitPrice.Amount <= 0m) throw new DomainException("An order line needs a price above zero.");
        ProductId = productId;
        VariantId = variantId;
        Name = Guard.Text(name, nameof(name), 200);
        VariantTitle = Guard.Text(variantTitle, nameof(variantTitle), MaxVariantTitleLength, allowEmpty: true);
        Sku = Guard.Text(sku, nameof(sku), 40);
        UnitPrice = unitPrice;
        Quantity = quantity;
        LineTotal = unitPrice * quantity;
        IsDigital = isDigital;
        PaidAmount = paid?.Amount;
        TaxPaidAmount = paid is null ? null : taxPaid?.Amount;
    }

    /// <summary>"Linen Shirt — M / Blue", or the product's name alone.</summary>
    public string DisplayName => NameWithVariant(Name, VariantTitle);

    /// <summary>How a product's variant is named to shoppers and staff everywhere.</summary>
    public static string NameWithVariant(string name, string variantTitle) =>
        string.IsNullOrEmpty(variantTitle) ? name : $"{name} — {variantTitle}";
}
