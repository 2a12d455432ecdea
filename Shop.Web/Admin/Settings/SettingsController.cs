using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Settings;

/// <summary>The shop's business settings (name, invoices, returns, delivery), saved over appsettings.json: admins only.</summary>
[Route("admin/settings")]
[Authorize(Roles = StaffRoles.AdminOnly)]
public sealed class SettingsController(ShopSettingsAdmin settings) : AdminController
{
    private const string Prefix = nameof(SettingsPage.Form);

    public const string SavedMeanwhile =
        "Someone else saved the settings at the same moment. Nothing was saved: your values are still in the form; save again to use them.";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await settings.PageAsync(ct));

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = Prefix)][CustomizeValidator(Skip = true)] SettingsForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct, Prefix))
        {
            ModelState.AddModelError("", ShopText.Translate("Nothing was saved: fix the marked fields."));
            return Invalid(nameof(Index), settings.Page(form));
        }
        if (await settings.SaveAsync(form, Staff, ct) is not { } changed)
        {
            ModelState.AddModelError("", ShopText.Translate(SavedMeanwhile));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(nameof(Index), settings.Page(form));
        }
        Notice(changed.Count == 0 ? ShopText.Translate("Nothing changed.") : ShopText.Translate("Settings saved: the shop uses them now."));
        return RedirectToAction(nameof(Index));
    }
}
