using System.Diagnostics;

namespace Shop.Tests.Security;

/// <summary>
/// Whether an account exists must not show in how long register, sign-in and forgot-password take: the medians of
/// many tries for known and unknown emails are the same within noise. (Without the even answer time, a database write
/// for a known account showed as 10-15 ms on medians of about 60 ms.)
/// </summary>
[NonParallelizable] // compares response times: nothing else may run meanwhile
public class EnumerationTimingTests : ShopFixture
{
    private const int Tries = 15;

    protected override Dictionary<string, string?> Settings => new()
    {
        ["Shop:SeedDemoCatalog"] = "false", ["Shop:Accounts:MailsPerHour"] = "1000",
        ["Shop:Accounts:EvenAnswerTime"] = new Web.Account.AccountOptions().EvenAnswerTime.ToString(), // the shop's default
    };

    [Test]
    public Task Register_takes_as_long_for_a_taken_email_as_for_a_free_one() =>
        CompareAsync("/account/register", email => new()
        {
            ["FullName"] = "Ada", ["Email"] = email, ["Password"] = Accounts.Password, ["ConfirmPassword"] = Accounts.Password,
        });

    [Test]
    public Task Sign_in_takes_as_long_for_an_unknown_email_as_for_a_wrong_password() =>
        CompareAsync("/account/sign-in", email => new()
        {
            ["Email"] = email, ["Password"] = "wrong-" + Accounts.Password, ["RememberMe"] = "false",
        });

    [Test]
    public Task Forgot_password_takes_as_long_for_an_unknown_email_as_for_an_account() =>
        CompareAsync("/account/forgot-password", email => new() { ["Email"] = email });

    /// <summary>
    /// Posts the form for fresh known accounts and fresh unknown emails, alternately (so load drifts hit both
    /// alike), after a warm-up, and compares the medians.
    /// </summary>
    private async Task CompareAsync(string action, Func<string, Dictionary<string, string>> form)
    {
        using var client = App.Browser();
        var (_, doc) = await client.GetPageAsync(action);
        var token = doc.AntiforgeryToken();
        var accounts = new List<string>();
        for (var i = 0; i < Tries + 3; i++) accounts.Add((await App.CreateAccountAsync(Accounts.UniqueEmail("known"))).Email!);
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = -3; i < Tries; i++)
        {
            var k = await TimeAsync(client, action, token, form(accounts[i + 3]));
            var u = await TimeAsync(client, action, token, form(Accounts.UniqueEmail("unknown")));
            if (i < 0) continue; // warm-up: the first requests compile their paths
            knownTimes.Add(k);
            unknownTimes.Add(u);
        }
        var (mk, mu) = (Median(knownTimes), Median(unknownTimes));
        TestContext.Out.WriteLine($"{action}: known median {mk:0.0} ms, unknown median {mu:0.0} ms");
        Assert.That(Math.Abs(mk - mu), Is.LessThanOrEqualTo(Math.Max(5, 0.05 * Math.Max(mk, mu))),
            $"known {mk:0.0} ms vs unknown {mu:0.0} ms ({string.Join(", ", knownTimes.Select(t => t.ToString("0")))} / {string.Join(", ", unknownTimes.Select(t => t.ToString("0")))})");
    }

    private static async Task<double> TimeAsync(HttpClient client, string action, string token, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = token;
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync(action, new FormUrlEncodedContent(fields));
        await response.Content.ReadAsByteArrayAsync();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
