using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Languages;

/// <summary>The footer's language switcher: remembers the choice and goes to the same page in that language.</summary>
public sealed class LanguageController(ShopLanguages languages) : Controller
{
    [HttpGet("/language/{code}")]
    public IActionResult Choose(string code, string? returnUrl)
    {
        if (languages.Find(code) is not { } language) return NotFound();
        LanguagePrefix.Remember(HttpContext, language);
        // Only a path of this shop (the switcher sends it without a prefix): never a redirect elsewhere.
        var path = Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith('~') ? returnUrl : "/";
        return LocalRedirect(language.Prefix + path);
    }
}
