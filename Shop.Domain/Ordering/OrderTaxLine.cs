using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>
/// One rate's tax in one country on an order as charged, copied at order time: "VAT 19%" in DE on a net 84.03 is 15.97.
/// <see cref="Country"/> is null for orders placed before the shop kept it: their tax is the delivery country's.
/// </summary>
public class OrderTaxLine
{
    public int Id { get; private set; }
    public string Label { get; private set; } = "";
    public decimal Rate { get; private set; }
    public Money Base { get; private set; }
    public Money Tax { get; private set; }
    /// <summary>Where the tax is owed ("AT"); null on orders from before it was kept.</summary>
    public string? Country { get; private set; }

    private OrderTaxLine() { }

    internal OrderTaxLine(TaxAtRate rate)
    {
        Label = Guard.Text(rate.Label, "Tax label", 50);
        Rate = rate.Rate;
        Base = rate.Base;
        Tax = rate.Tax;
        Country = string.IsNullOrWhiteSpace(rate.Country) ? null : Guard.Text(rate.Country, "Tax country", 2);
    }

    /// <summary>The country the tax is owed in; an order from before the shop kept it owes it where it was delivered.</summary>
    public string CountryOn(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return Country ?? order.ShippingAddress.CountryCode;
    }
}
