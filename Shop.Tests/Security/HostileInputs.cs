using System.Net.Http.Headers;

namespace Shop.Tests.Security;

/// <summary>What <see cref="HostileRouteWalkTests"/> sends: odd route values, query values and bodies no browser sends.</summary>
public static class HostileInputs
{
    /// <summary>Route values, URL-encoded as they go on the wire.</summary>
    public static readonly string[] RouteValues =
    [
        "%00",
        "-1",
        "99999999999999999999",
        "..%2F..%2Fshop.db",
        "%E2%80%AE%F0%9F%92%A9%C3%A9%E4%B8%AD",
        "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "%FF%FE%C0%AF",
        new string('a', 2000),
    ];

    /// <summary>Query and form values: impossible or extreme numbers and dates, and text no field expects. Not yet encoded.</summary>
    public static readonly string[] Values =
    [
        "9999-99-99",
        "9999-12-31",
        "0001-01-01",
        "-79228162514264337593543950335",
        "79228162514264337593543950335",
        "1e400",
        "NaN",
        "-1",
        "99999999999999999999",
        "\0",
        "<script>alert(1)</script>",
        "\u202e\ud83d\udca9 \u00e9\u4e2d",
        new string('9', 1000),
    ];

    /// <summary>A query string that sets every name to <paramref name="value"/>.</summary>
    public static string Query(IEnumerable<string> names, string value) =>
        "?" + string.Join("&", names.Select(n => $"{Uri.EscapeDataString(n)}={Uri.EscapeDataString(value)}"));

    /// <summary>A form that sets every name to <paramref name="value"/>.</summary>
    public static HttpContent Form(IEnumerable<string> names, string value) =>
        new FormUrlEncodedContent(names.DefaultIfEmpty("probe").Select(n => new KeyValuePair<string, string>(n, value)));

    /// <summary>Bodies with a broken framing or a type the shop does not read, each with a label for the report.</summary>
    public static IEnumerable<(string Label, Func<HttpContent?> Body)> Bodies()
    {
        yield return ("multipart with a boundary the body does not use", () => Raw("--other\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--other--\r\n", "multipart/form-data; boundary=expected"));
        yield return ("multipart cut off inside a part", () => Raw("--b\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1234", "multipart/form-data; boundary=b"));
        yield return ("multipart cut off inside a part's headers", () => Raw("--b\r\nContent-Disposition: form-da", "multipart/form-data; boundary=b"));
        yield return ("multipart file part without an end", () => Raw("--b\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u0089PNG", "multipart/form-data; boundary=b"));
        yield return ("multipart without a boundary", () => Raw("a=1", "multipart/form-data"));
        yield return ("multipart with a 200-character boundary", () => Raw("--x\r\n", "multipart/form-data; boundary=" + new string('x', 200)));
        yield return ("form in an unknown charset", () => Raw("a=1&b=%FF", "application/x-www-form-urlencoded; charset=x-klingon"));
        yield return ("junk content type", () => Raw("a=1", "junk"));
        yield return ("JSON cut off", () => Raw("{\"a\":", "application/json"));
        yield return ("bytes", () => new ByteArrayContent([0, 0xFF, 0xFE, 0xC0, 0xAF, 0x26, 0x3D]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } });
        yield return ("no body", () => null);
    }

    private static ByteArrayContent Raw(string body, string contentType)
    {
        var content = new ByteArrayContent(Encoding.Latin1.GetBytes(body));
        // Without validation: several of these types are deliberately malformed.
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
