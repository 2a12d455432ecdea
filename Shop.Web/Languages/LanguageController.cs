using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Languages;

/// <summary>
/// The language switchers (the footer's, the staff header's): remembers the choice and goes to the same page in that
/// language. Staff pages keep their address and may speak any language the shop has texts for.
/// </summary>
public sealed class LanguageController(ShopLanguages languages) : Controller
{
    [HttpGet("/language/{code}")]
    public IActionResult Choose(string code, string? returnUrl)
    {
        // Only a path of this shop (the switcher sends it without a prefix): never a redirect elsewhere.
        var path = Url.IsLocalUrl(returnUrl) && !returnUrl.StartsWith('~') ? returnUrl : "/";
        if (LanguagePrefix.IsStaffPage(new PathString(path.Split('?', '#')[0])))
        {
            if (!ShopLanguages.Known.Contains(code.ToLowerInvariant())) return NotFound();
            LanguagePrefix.Remember(HttpContext, languages.Staff(code));
            return LocalRedirect(path);
        }
        if (languages.Find(code) is not { } language) return NotFound();
        LanguagePrefix.Remember(HttpContext, language);
        return LocalRedirect(language.Prefix + path);
    }
}
