using System.Globalization;

namespace Shop.Domain.Markets;

/// <summary>
/// A price per band: "0=4.95; 2000=6.95; 5000=9.95" costs 4.95 from 0, 6.95 from 2000 and 9.95 from 5000 (grams or
/// order value). The first band starts at 0, so every parcel has a price.
/// </summary>
public sealed record PriceBands
{
    public const int TextMax = 500;
    /// <summary>The highest price a band may have, as for a product (<see cref="Catalog.Product.MaxPrice"/>).</summary>
    public const decimal MaxPrice = Catalog.Product.MaxPrice;

    public IReadOnlyList<(decimal From, decimal Price)> Bands { get; }

    private PriceBands(IReadOnlyList<(decimal, decimal)> bands) => Bands = bands;

    public static PriceBands Parse(string? text)
    {
        var bands = new List<(decimal From, decimal Price)>();
        foreach (var part in Guard.Text(text, "Price bands", TextMax).Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Number(pair[0], out var from) || !Number(pair[1], out var price) || from < 0m || price < 0m)
                throw new DomainException($"'{part}' is not a band: write from=price, e.g. 2000=6.95.");
            if (price > MaxPrice) throw new DomainException($"'{part}': a band's price is at most 1,000,000.");
            if (bands.Any(b => b.From == from)) throw new DomainException($"Two bands start at {pair[0]}.");
            bands.Add((from, price));
        }
        if (bands.Count == 0 || bands.Min(b => b.From) != 0m) throw new DomainException("The first price band starts at 0, e.g. 0=4.95.");
        return new PriceBands(bands.OrderBy(b => b.From).ToList());
    }

    /// <summary>The price for a measure: the band with the highest start at or below it.</summary>
    public decimal PriceAt(decimal measure) => Bands.Last(b => b.From <= Math.Max(measure, 0m)).Price;

    /// <summary>
    /// The bands as a shop in <paramref name="currency"/> keeps them, e.g. "0=4.95; 2000=6.95" (JPY "0=500; 2000=800");
    /// a price with more decimals than the currency has is refused.
    /// </summary>
    public string Written(string currency)
    {
        if (Bands.Any(b => !CurrencyDigits.Fits(b.Price, currency)))
            throw new DomainException($"Price bands: {CurrencyDigits.TooManyDecimals(currency)}");
        return string.Join("; ", Bands.Select(b => $"{b.From.ToString("0.##", CultureInfo.InvariantCulture)}={CurrencyDigits.Invariant(b.Price, currency)}"));
    }

    private static bool Number(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}
