using System.Net;

namespace Shop.Bench;

/// <summary>The cluster checks' administrator (SHOP_STAFF_EMAIL / SHOP_STAFF_PASSWORD, set by tools/cluster-test.sh).</summary>
internal static class ClusterStaff
{
    /// <summary>
    /// Signs the administrator in through the node's own form in <paramref name="client"/> (which keeps the cookies);
    /// false, with the reason in <paramref name="failures"/>, when there is no account or the node refuses it.
    /// </summary>
    public static async Task<bool> SignInAsync(HttpClient client, string node, List<string> failures)
    {
        var email = Environment.GetEnvironmentVariable("SHOP_STAFF_EMAIL");
        var password = Environment.GetEnvironmentVariable("SHOP_STAFF_PASSWORD");
        if (string.IsNullOrEmpty(email) || string.IsNullOrEmpty(password)) { failures.Add("no account to sign in with (SHOP_STAFF_EMAIL/SHOP_STAFF_PASSWORD not set)"); return false; }
        var signIn = await StaffPriceChange.SubmitAsync(client, "/account/sign-in", "main form[method=post]", new() { ["Email"] = email, ["Password"] = password });
        if (signIn.StatusCode == HttpStatusCode.Redirect) return true;
        failures.Add($"sign-in on {node} answered {(int)signIn.StatusCode}");
        return false;
    }

    /// <summary>A visitor without cookies: every request is anonymous, so the shared output cache answers where it can.</summary>
    public static HttpClient Anonymous(string node) => new(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false })
    {
        BaseAddress = new Uri(node), Timeout = TimeSpan.FromSeconds(30),
    };
}
