using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Shop.Web.Languages;

namespace Shop.Tests.Languages;

/// <summary>
/// The remembered language is read from the Cookie header alone: the other cookies stay unparsed, so a Pay waiting in
/// its queue holds none of them (bench/README.md, the 10,000-shopper sale).
/// </summary>
public class LanguageCookieTests
{
    private static async Task<(ShopLanguage Spoken, HttpContext Http)> SpokenAsync(params string[] cookieHeaders)
    {
        var http = new DefaultHttpContext();
        http.Request.Path = "/cart";
        http.Request.Headers.Cookie = cookieHeaders;
        ShopLanguage? spoken = null;
        var middleware = new LanguagePrefix(context =>
        {
            spoken = LanguagePrefix.Of(context);
            return Task.CompletedTask;
        }, new ShopLanguages(["en", "de", "fr"]));
        await middleware.InvokeAsync(http);
        return (spoken!, http);
    }

    [TestCase("shop.language=de")]
    [TestCase("shop.auth=abc; shop.language=de; shop.cart=xyz")]
    [TestCase("shop.languages=fr; shop.language=de")]
    [TestCase("a=1;shop.language=\"de\"")]
    [TestCase("  shop.language=DE  ")]
    public async Task The_language_cookie_is_found_among_the_others(string header)
    {
        var (spoken, _) = await SpokenAsync(header);
        Assert.That(spoken.Code, Is.EqualTo("de"));
    }

    [Test]
    public async Task A_cookie_in_a_second_header_line_counts_too()
    {
        var (spoken, _) = await SpokenAsync("shop.cart=xyz", "shop.language=fr");
        Assert.That(spoken.Code, Is.EqualTo("fr"));
    }

    [TestCase("")]
    [TestCase("shop.languages=fr")]
    [TestCase("xshop.language=fr")]
    [TestCase("shop.language=")]
    [TestCase("shop.language=xx")]
    [TestCase("shop.language")]
    public async Task Without_a_usable_language_cookie_the_default_is_spoken(string header)
    {
        var (spoken, _) = await SpokenAsync(header);
        Assert.That(spoken.IsDefault, Is.True);
    }

    [Test]
    public async Task Reading_the_language_parses_no_cookie_collection()
    {
        var (_, http) = await SpokenAsync("shop.auth=" + new string('a', 800) + "; shop.language=de");
        Assert.That(http.Features.Get<IRequestCookiesFeature>(), Is.Null);
    }
}
