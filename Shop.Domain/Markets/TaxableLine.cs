namespace Shop.Domain.Markets;

/// <summary>
/// An amount priced the shop's way (with or without tax), the tax class it pays, and whether it is a digital good
/// (not shipped: taxed where the buyer is billed, see <see cref="Destination.TaxedAt"/>).
/// </summary>
public sealed record TaxableLine(Money Amount, TaxClass Class, bool IsDigital = false);
