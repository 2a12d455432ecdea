namespace Shop.Domain.Markets;

/// <summary>What a shipping method's price bands measure.</summary>
public enum ShippingBasis
{
    /// <summary>The goods after discount, in the shop's currency.</summary>
    OrderValue = 1,
    /// <summary>The parcel's weight in grams (each variant's weight, else its product's).</summary>
    Weight = 2,
}
