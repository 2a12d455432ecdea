namespace Shop.Tests.Support;

/// <summary>
/// Base for tests of the running shop: one <see cref="ShopApp"/> for the fixture, started with <see cref="Settings"/>
/// and stopped after its last test; or, where <see cref="ShopPerTest"/>, a fresh one for every test (for tests that
/// each need the shop as seeded, or its SQL counted from zero). Either way the app has its own database copy.
/// </summary>
public abstract class ShopFixture
{
    private HttpClient? _visitor;

    protected ShopApp App { get; private set; } = null!;

    /// <summary>Settings for this fixture's shop, as an operator would put them in appsettings.json.</summary>
    protected virtual Dictionary<string, string?>? Settings => null;

    /// <summary>A fresh shop for each test instead of one for the whole fixture.</summary>
    protected virtual bool ShopPerTest => false;

    /// <summary>The shop: a <see cref="ShopApp"/> with <see cref="Settings"/>, unless a fixture needs more (test services).</summary>
    protected virtual ShopApp CreateShop() => new(Settings);

    /// <summary>One client that the tests of a fixture share: by default browser-like (cookies, no automatic redirects).</summary>
    protected HttpClient Visitor => _visitor ??= CreateVisitor();

    protected virtual HttpClient CreateVisitor() => App.Browser();

    /// <summary>Settings of a shop with an empty catalog (for tests about accounts), plus any given.</summary>
    protected static Dictionary<string, string?> NoDemoCatalog(params (string Key, string? Value)[] more)
    {
        var settings = new Dictionary<string, string?> { ["Shop:SeedDemoCatalog"] = "false" };
        foreach (var (key, value) in more) settings[key] = value;
        return settings;
    }

    /// <summary>
    /// Pending orders are due for the reconciler at once and given up at once, but it only runs when a test runs it
    /// (its own round is an hour away).
    /// </summary>
    protected static Dictionary<string, string?> ReconcileWhenAsked => new()
    {
        ["Shop:Payments:Reconciliation:AskAfter"] = "00:00:00",
        ["Shop:Payments:Reconciliation:GiveUpAfter"] = "00:00:00",
        ["Shop:Payments:Reconciliation:Every"] = "01:00:00",
    };

    [OneTimeSetUp]
    public void StartFixtureShop()
    {
        if (!ShopPerTest) App = CreateShop();
    }

    [SetUp]
    public void StartTestShop()
    {
        if (ShopPerTest) App = CreateShop();
    }

    [TearDown]
    public void StopTestShop()
    {
        if (ShopPerTest) StopShop();
    }

    [OneTimeTearDown]
    public void StopFixtureShop()
    {
        if (!ShopPerTest) StopShop();
    }

    private void StopShop()
    {
        _visitor?.Dispose();
        _visitor = null;
        App?.Dispose();
    }
}
