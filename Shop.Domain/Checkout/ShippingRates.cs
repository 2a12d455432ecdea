namespace Shop.Domain.Checkout;

/// <summary>
/// What shipping costs: a fixed price per method, and standard shipping free when the goods (after discount)
/// come to <see cref="FreeStandardFrom"/> or more. Amounts are in the same terms as catalog prices (including tax
/// when catalog prices include tax).
/// </summary>
public sealed record ShippingRates(Money Standard, Money Express, Money? FreeStandardFrom)
{
    /// <summary>The shop's defaults: standard 4.95 (free from 50.00), express 14.95.</summary>
    public static ShippingRates Default(string currency) =>
        new(new Money(4.95m, currency), new Money(14.95m, currency), new Money(50.00m, currency));

    public Money CostOf(ShippingMethod method, Money goodsAfterDiscount) => method switch
    {
        ShippingMethod.Standard when FreeStandardFrom is { } threshold && goodsAfterDiscount >= threshold
            => Money.Zero(Standard.Currency),
        ShippingMethod.Standard => Standard,
        ShippingMethod.Express => Express,
        _ => throw new DomainException($"'{method}' is not a shipping method."),
    };
}
