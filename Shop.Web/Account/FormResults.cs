using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>Small helpers every account controller shares.</summary>
internal static class FormResults
{
    /// <summary>The form again, with its messages, as 400: the submission was not accepted.</summary>
    public static ViewResult FormWithErrors(this Controller controller, object form, string? viewName = null)
    {
        controller.Response.StatusCode = StatusCodes.Status400BadRequest;
        return controller.View(viewName, form);
    }

    /// <summary>Identity's password messages go next to the password field; the rest above the form.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary modelState, IdentityResult result, string passwordField)
    {
        foreach (var error in result.Errors)
            modelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : "", IdentityMessages.Translate(error));
    }

    /// <summary>
    /// Only a path on this site: never "//evil.example", "/\evil.example" or "https://evil.example"; in the language the
    /// shopper is using ("/checkout" from /de/ goes to "/de/checkout").
    /// </summary>
    public static string LocalOrHome(this IUrlHelper url, string? returnUrl) =>
        LanguagePrefix.Local(url.ActionContext.HttpContext, url.IsLocalUrl(returnUrl) ? returnUrl! : "/");

    public static string? LocalOrNull(this IUrlHelper url, string? returnUrl) => url.IsLocalUrl(returnUrl) ? returnUrl : null;

    /// <summary>Authenticator codes are often typed with a space or hyphen in the middle.</summary>
    public static string StripCode(string code) => code.Replace(" ", "").Replace("-", "");

    /// <summary>A recovery code as Identity wrote it ("5VJ4P-WV9FG"), however it was typed ("5vj4p wv9fg", "5VJ4PWV9FG").</summary>
    public static string RecoveryCode(string typed)
    {
        var code = StripCode(typed.Trim()).ToUpperInvariant();
        return code.Length == 10 ? $"{code[..5]}-{code[5..]}" : code;
    }
}
