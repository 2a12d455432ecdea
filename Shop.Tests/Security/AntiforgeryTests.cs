using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;

namespace Shop.Tests.Security;

/// <summary>CSRF: every endpoint that changes state refuses a request without a valid antiforgery token.</summary>
public partial class AntiforgeryTests
{
    /// <summary>Endpoints proven by something other than a cookie, and why.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        ["PaymentWebhook.Receive"] = "Braintree signs the payload (bt_signature); browsers never post here",
        ["Cart.Add"] = "posted from product pages everyone shares from the cache: refused when another site posts it (SameOriginOnly, "
                       + "CatalogPerformanceTests.A_post_to_add_to_cart_from_another_site_is_refused)",
        ["Wishlist.Add"] = "the heart on shared cached product pages and cards: refused when another site posts it (SameOriginOnly)",
        ["Wishlist.Remove"] = "the same heart, pressed again: SameOriginOnly",
        ["BackInStock.Ask"] = "\"tell me when it's back\" on shared cached product pages: SameOriginOnly, and guests confirm by mail",
        ["BackInStock.Stop"] = "one-click unsubscribe from a mail (RFC 8058): the link's signed token proves it",
    };

    private static IEnumerable<ControllerActionDescriptor> UnsafeActions(IServiceProvider services) =>
        services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items
            .OfType<ControllerActionDescriptor>()
            .Where(a => a.ActionConstraints?.OfType<HttpMethodActionConstraint>()
                .Any(c => c.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE")) == true);

    private static string Name(ControllerActionDescriptor a) => $"{a.ControllerName}.{a.ActionName}";

    [Test]
    public async Task Every_post_put_patch_and_delete_action_refuses_a_request_without_a_token()
    {
        using var app = new ShopApp();
        var email = Accounts.UniqueEmail("admin");
        using var admin = await app.CreateAccountAndSignInAsync(email, Roles.Admin, Roles.Staff); // signed in as admin: authorization lets every request reach the token check
        var products = await app.WithDbAsync(db => Task.FromResult(db.Products.Count()));

        var actions = UnsafeActions(app.Services).ToList();
        Assert.That(actions, Has.Count.GreaterThan(30), "the enumeration found the shop's forms");
        var checkedUrls = new List<string>();
        foreach (var action in actions.Where(a => !Exempt.ContainsKey(Name(a))))
        {
            // A value each route parameter's constraint takes, so the request reaches the action's filters.
            var url = "/" + Placeholder().Replace(action.AttributeRouteInfo!.Template!, p => p.Value.Contains(":guid") ? Guid.NewGuid().ToString() : "1");
            var response = await admin.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["probe"] = "1" }));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), $"{Name(action)} at POST {url} accepted a request without a token");
            checkedUrls.Add(url);
        }
        Assert.That(await app.WithDbAsync(db => Task.FromResult(db.Products.Count())), Is.EqualTo(products), "nothing changed");
        TestContext.Out.WriteLine($"{checkedUrls.Count} endpoints refuse requests without a token:\n" + string.Join("\n", checkedUrls));
    }

    [Test]
    public void Only_the_listed_endpoints_skip_the_token_check()
    {
        using var app = new ShopApp();
        var skipping = UnsafeActions(app.Services)
            .Where(a => a.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any())
            .Select(Name).ToList();
        Assert.That(skipping, Is.EquivalentTo(Exempt.Keys));
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholder();
}
