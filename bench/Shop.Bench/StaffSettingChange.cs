using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Shop.Bench;

/// <summary>
/// An administrator changes the return window on node A's settings page; anonymous requests straight to node B show it
/// in the footer of a page node B had output-cached with the old one, within a second (node B reads the saved settings
/// when Redis brings node A's message; until then it files the pages it renders apart). Then the field is emptied on
/// node A, and node B's pages show the file's window again.
/// </summary>
public static partial class StaffSettingChange
{
    private static readonly HtmlParser Parser = new();

    public static async Task CheckAsync(string nodeA, string nodeB, List<string> failures)
    {
        using var visitorB = ClusterStaff.Anonymous(nodeB);
        var fileDays = await ReturnDaysAsync(visitorB);
        var cached = await visitorB.GetAsync("/");
        if (fileDays is null) { failures.Add("node B's home page does not name a return window in its footer"); return; }
        if (cached.Headers.Age is null) failures.Add("node B did not answer / from the output cache before the change");

        using var staffA = new HttpClient(new TlsProxyCookies()) { BaseAddress = new Uri(nodeA), Timeout = TimeSpan.FromSeconds(30) };
        if (!await ClusterStaff.SignInAsync(staffA, "node A", failures)) return;

        var newDays = fileDays == 21 ? 22 : 21;
        if (!await SaveAsync(staffA, newDays.ToString(System.Globalization.CultureInfo.InvariantCulture), failures)) return;
        var (after, afterTook) = await WaitForDaysAsync(visitorB, newDays);
        if (!await SaveAsync(staffA, "", failures)) return;
        var (back, backTook) = await WaitForDaysAsync(visitorB, fileDays.Value);

        if (after != newDays) failures.Add($"node B's footer still says {after} days a second after an admin saved {newDays} on node A (the file says {fileDays})");
        if (back != fileDays) failures.Add($"node B's footer still says {back} days a second after the admin emptied the field on node A (the file says {fileDays})");
        if (after == newDays && back == fileDays)
            Console.WriteLine($"ok   an admin set the return window to {newDays} days on node A and emptied it again; node B's pages said {newDays} after {afterTook} ms, then {fileDays} after {backTook} ms");
    }

    /// <summary>Asks node B's home page until its footer names <paramref name="days"/>, for a second at most.</summary>
    private static async Task<(int? Days, long Took)> WaitForDaysAsync(HttpClient visitorB, int days)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var shown = await ReturnDaysAsync(visitorB);
            if (shown == days || clock.ElapsedMilliseconds > 1000) return (shown, clock.ElapsedMilliseconds);
            await Task.Delay(20);
        }
    }

    private static async Task<bool> SaveAsync(HttpClient staffA, string returnDays, List<string> failures)
    {
        var save = await StaffPriceChange.SubmitAsync(staffA, "/admin/settings", "form.settings-form", new() { ["Form.ReturnDays"] = returnDays });
        if (save.StatusCode == HttpStatusCode.Redirect) return true;
        failures.Add($"saving the return window '{returnDays}' on node A answered {(int)save.StatusCode}");
        return false;
    }

    private static async Task<int?> ReturnDaysAsync(HttpClient client)
    {
        var page = Parser.ParseDocument(await (await client.GetAsync("/")).Content.ReadAsStringAsync());
        return Window().Match(page.QuerySelector("footer")?.TextContent ?? "") is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"Free returns within (\d+) days\.")]
    private static partial Regex Window();
}
