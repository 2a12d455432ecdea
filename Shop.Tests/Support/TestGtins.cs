namespace Shop.Tests.Support;

/// <summary>Barcode numbers for tests.</summary>
public static class TestGtins
{
    /// <summary>A valid EAN-13 no other test has: a "2" (in-store numbers), eleven random digits and the check digit.</summary>
    public static string New()
    {
        var body = "2" + string.Concat(Enumerable.Range(0, 11).Select(_ => Random.Shared.Next(10)));
        return body + (10 - body.Reverse().Select((c, i) => (c - '0') * (i % 2 == 0 ? 3 : 1)).Sum() % 10) % 10;
    }
}
