using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace Shop.Tests.Support;

/// <summary>Steps many account tests share: make an account, sign in, read an authenticator code.</summary>
public static class Accounts
{
    public const string Password = "plum-harbour-violin-42";

    /// <summary>Opens a mailed confirmation link and presses its button, as the mailbox's owner does; returns the page it ends on.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> ConfirmEmailAsync(this HttpClient client, string link)
    {
        var (_, page) = await client.GetPageAsync(link);
        var pressed = await client.SubmitFormAsync(page, "form.confirm-address");
        return (pressed, await pressed.ReadHtmlAsync());
    }

    /// <summary>Opens a mailed email-change link and presses its button; returns the page it ends on.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> ConfirmEmailChangeAsync(this HttpClient client, string link)
    {
        var (_, page) = await client.GetPageAsync(link);
        var pressed = await client.SubmitFormAsync(page, "form.confirm-email-change");
        return (pressed, await pressed.ReadHtmlAsync());
    }

    public static string UniqueEmail(string who = "shopper") => $"{who}-{Guid.NewGuid():n}@example.com";

    /// <summary>A confirmed account made directly, for tests that are not about registering.</summary>
    public static async Task<ShopUser> CreateAccountAsync(this ShopApp app, string email, string password = Password, string name = "Ada Shopper", params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShopUser>>();
        var user = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, CreatedAt = DateTimeOffset.UtcNow };
        var result = await users.CreateAsync(user, password);
        Assert.That(result.Succeeded, Is.True, string.Join(" ", result.Errors.Select(e => e.Description)));
        foreach (var role in roles) await users.AddToRoleAsync(user, role);
        return user;
    }

    public static Task<HttpResponseMessage> PostSignInAsync(this HttpClient client, string email, string password, string url = "/account/sign-in", bool rememberMe = false) =>
        client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["RememberMe"] = rememberMe ? "true" : "false",
        });

    /// <summary>Signs in and checks that it worked; the client keeps the cookie.</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.PostSignInAsync(email, password);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"sign-in as {email}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<HttpClient> SignedInBrowserAsync(this ShopApp app, string email, string password = Password)
    {
        var client = app.Browser();
        await client.SignInAsync(email, password);
        return client;
    }

    /// <summary>A confirmed account made directly (<see cref="CreateAccountAsync"/>) and a browser signed in to it.</summary>
    public static async Task<HttpClient> CreateAccountAndSignInAsync(this ShopApp app, string email, params string[] roles)
    {
        await app.CreateAccountAsync(email, roles: roles);
        return await app.SignedInBrowserAsync(email);
    }

    /// <summary>What the shopper's authenticator app shows now for the key on the set-up page.</summary>
    public static string AuthenticatorCode(string sharedKey) =>
        new Totp(Base32Encoding.ToBytes(sharedKey.Replace(" ", "").ToUpperInvariant())).ComputeTotp();

    /// <summary>Six digits, but not the ones the app shows.</summary>
    public static string WrongAuthenticatorCode(string sharedKey) =>
        ((int.Parse(AuthenticatorCode(sharedKey), System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
