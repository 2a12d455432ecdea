namespace Shop.Domain.Markets;

/// <summary>An amount priced the shop's way (with or without tax) and the tax class it pays.</summary>
public sealed record TaxableLine(Money Amount, TaxClass Class);
