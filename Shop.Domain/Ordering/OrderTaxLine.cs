using Shop.Domain.Markets;

namespace Shop.Domain.Ordering;

/// <summary>One rate's tax on an order as charged, copied at order time: "VAT 19%" on a net 84.03 is 15.97.</summary>
public class OrderTaxLine
{
    public int Id { get; private set; }
    public string Label { get; private set; } = "";
    public decimal Rate { get; private set; }
    public Money Base { get; private set; }
    public Money Tax { get; private set; }

    private OrderTaxLine() { }

    internal OrderTaxLine(TaxAtRate rate)
    {
        Label = Guard.Text(rate.Label, "Tax label", 50);
        Rate = rate.Rate;
        Base = rate.Base;
        Tax = rate.Tax;
    }
}
