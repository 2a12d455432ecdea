using Shop.Domain;
using Shop.Domain.Catalog;
using Shop.Domain.Checkout;

namespace Shop.Web;

/// <summary>The "Shop" section of appsettings.json.</summary>
public sealed class ShopOptions
{
    public const string Section = "Shop";

    public string Name { get; set; } = "Shop";
    public string Currency { get; set; } = "USD";
    /// <summary>Database file, mail drop and media live here; relative paths are under Shop.Web.</summary>
    public string DataDirectory { get; set; } = "App_Data";
    public bool SeedDemoCatalog { get; set; } = true;
    public ShippingOptions Shipping { get; set; } = new();
    public TaxOptions Tax { get; set; } = new();
    public ReturnOptions Returns { get; set; } = new();
    public SearchOptions Search { get; set; } = new();
    public PriceOptions Prices { get; set; } = new();
    public FeedOptions Feed { get; set; } = new();
    /// <summary>
    /// Which settings staff saved are in force (written by <c>Settings/SavedSettings</c>, the same on every node that read
    /// them): cached catalog pages and data are kept per stamp, so a node that has not read a save yet files its pages apart.
    /// </summary>
    public string SavedSettingsStamp { get; set; } = "";

    /// <summary>How reductions show: <c>Prices:Reductions</c>, else the EU's rule for a shop in the EU (<c>Tax:ShopCountry</c>).</summary>
    public ReductionRule Reductions => Prices.Reductions ?? Reduction.DefaultFor(Tax.ShopCountry);

    /// <summary>The country address forms start with: the shop's own (<c>Tax:ShopCountry</c>), else the United States.</summary>
    public string HomeCountry => string.IsNullOrWhiteSpace(Tax.ShopCountry) ? "US" : Tax.ShopCountry.Trim().ToUpperInvariant();

    public ShippingRates Rates() => new(new Money(Shipping.Standard, Currency), new Money(Shipping.Express, Currency),
        Shipping.FreeStandardFrom is { } free ? new Money(free, Currency) : null);

    public DeliveryPromise Delivery() => new(Shipping.StandardDays, Shipping.ExpressDays);

    public TaxRule TaxRule() => new(Tax.Rate, Tax.PricesIncludeTax);

    public Money Money(decimal amount) => new(amount, Currency);

    /// <summary>The currency's code in capitals, as amounts carry it.</summary>
    public string CurrencyCode => Currency.Trim().ToUpperInvariant();

    /// <summary>An amount as staff forms and files show it: the currency's own decimals ("19.90", JPY "1500").</summary>
    public string AmountText(decimal? amount) => amount is { } a ? CurrencyDigits.Invariant(a, CurrencyCode) : "";

    /// <summary>The same for a form field's <c>asp-format</c>, which keeps what staff typed when the form comes back.</summary>
    public string AmountFormat => $"{{0:{CurrencyDigits.Format(CurrencyCode, grouped: false)}}}";

    /// <summary>The smallest amount of the currency, for a number field's <c>step</c> and <c>min</c> ("0.01", JPY "1").</summary>
    public string AmountStep => CurrencyDigits.Invariant(CurrencyDigits.MinorUnit(CurrencyCode), CurrencyCode);
}

public sealed class ShippingOptions
{
    public decimal Standard { get; set; } = 4.95m;
    public decimal Express { get; set; } = 14.95m;
    /// <summary>Standard shipping is free from this amount of goods (after discount); empty means never.</summary>
    public decimal? FreeStandardFrom { get; set; } = 50m;
    /// <summary>Working days from order to door: the delivery promise stated everywhere.</summary>
    public int StandardDays { get; set; } = 3;
    public int ExpressDays { get; set; } = 1;
    /// <summary>
    /// Weekdays that are not working days (public holidays), written 2026-12-25: the confirmation's "arrives by" skips
    /// them. Strings, because the configuration binder drops a list item it cannot convert without a word.
    /// </summary>
    public List<string> Holidays { get; set; } = [];

    /// <summary><see cref="Holidays"/> as days; one that is not (<see cref="NotADay"/>) stops the shop at start (<c>StartupFailures.CheckShopSettings</c>).</summary>
    public IReadOnlySet<DateOnly> HolidayDays() => Holidays.Select(d => Day(d)!.Value).ToHashSet();

    /// <summary>The first of <see cref="Holidays"/> that is not a day written 2026-12-25, or null.</summary>
    public string? NotADay => Holidays.FirstOrDefault(d => Day(d) is null);

    private static DateOnly? Day(string written) =>
        DateOnly.TryParseExact(written.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day) ? day : null;
}

public sealed class TaxOptions
{
    /// <summary>For example 0.2 for 20 % VAT; 0 for none.</summary>
    public decimal Rate { get; set; }
    /// <summary>True where shelf prices include tax (EU/UK); false where tax is added at checkout (US).</summary>
    public bool PricesIncludeTax { get; set; }
    /// <summary>
    /// The shop's own country (e.g. DE): the cart page's tax and shipping before an address is known, and the
    /// country whose businesses pay VAT (reverse charge is for EU businesses elsewhere). Empty: none.
    /// </summary>
    public string? ShopCountry { get; set; }
    /// <summary>Round tax on every line and add (some tax offices want that); otherwise once per rate.</summary>
    public bool RoundPerLine { get; set; }
}

/// <summary><c>Shop:Returns</c>: how many days after delivery a shopper may ask to return items (the footer says so too).</summary>
public sealed class ReturnOptions
{
    public int Days { get; set; } = 30;
}

/// <summary>
/// <c>Shop:Prices</c>: <c>Reductions</c> = <c>LowestIn30Days</c> (the EU's rule: a reduction is shown against the lowest
/// price of the 30 days before it) or <c>AsTyped</c> (the compare-at price staff type); empty: by the shop's country.
/// </summary>
public sealed class PriceOptions
{
    public ReductionRule? Reductions { get; set; }
}

/// <summary>
/// <c>Shop:Search</c>: after a catalog change, how long a search waits for the new index before it answers from the last
/// one (a large catalog's index takes seconds to build), and whether a node builds the index as it starts.
/// </summary>
public sealed class SearchOptions
{
    public TimeSpan WaitForNewIndex { get; set; } = TimeSpan.FromMilliseconds(500);
    public bool IndexAtStart { get; set; } = true;
}

/// <summary><c>Shop:Feed</c>: the product feed for shopping listings (<c>/feeds/products.xml</c>).</summary>
public sealed class FeedOptions
{
    /// <summary>The brand every item names; unset: the shop's name (its own goods); empty: none.</summary>
    public string? Brand { get; set; }
}
