using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin;

/// <summary>
/// The base of every staff page: staff and admins only. Forms here have async rules (unique SKU, slug), which
/// FluentValidation's automatic MVC validation cannot run, so POST actions mark their form
/// <c>[CustomizeValidator(Skip = true)]</c> and call <see cref="ValidAsync{T}"/>.
/// </summary>
[Authorize(Roles = StaffRoles.Any)]
public abstract class AdminController : Controller
{
    public const string NoticeKey = "AdminNotice";

    protected StaffMember Staff => StaffMember.From(User);

    /// <param name="prefix">Where the form's fields sit on a page with several forms ("Grid" for "Grid.Variants[0].Sku").</param>
    protected async Task<bool> ValidAsync<T>(T form, CancellationToken ct, string? prefix = null)
    {
        var validator = HttpContext.RequestServices.GetRequiredService<IValidator<T>>();
        var result = await validator.ValidateAsync(form, ct);
        result.AddToModelState(ModelState, prefix);
        return ModelState.IsValid;
    }

    /// <summary>
    /// After a refused translation (its fields are called Name and Description, as the page's own form's are): forgets
    /// what was typed in it, so the page's own form shows what is saved, not the translation's text.
    /// </summary>
    protected void ForgetTranslationTyped()
    {
        ModelState.Remove("Name");
        ModelState.Remove("Description");
    }

    public const string NoticeLinkKey = "AdminNoticeLink";
    public const string NoticeLinkTextKey = "AdminNoticeLinkText";

    /// <summary>A one-line message shown on the next page (after a redirect).</summary>
    protected void Notice(string message) => TempData[NoticeKey] = message;

    /// <summary>A message that ends with a link to where staff can act on it (a local address).</summary>
    protected void Notice(string message, string linkText, string href)
    {
        Notice(message);
        (TempData[NoticeLinkTextKey], TempData[NoticeLinkKey]) = (linkText, href);
    }

    /// <summary>The form goes back with its messages and a 400, as every other shop form does.</summary>
    protected IActionResult Invalid(string view, object model)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(view, model);
    }

    /// <summary>
    /// A save from a form opened before someone else's (<see cref="Data.EditVersions"/>): the form again with what was
    /// typed and a 409; its version field (<paramref name="versionField"/>) now holds the version saved meanwhile.
    /// </summary>
    protected IActionResult Stale(string view, object model, string versionField = "Version")
    {
        ModelState.Remove(versionField);
        ModelState.AddModelError("", Languages.ShopText.Translate(Data.EditVersions.Stale));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(view, model);
    }
}
