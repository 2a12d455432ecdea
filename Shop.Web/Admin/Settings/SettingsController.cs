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

    [HttpGet("")]
    public IActionResult Index() => View(settings.Page());

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = Prefix)][CustomizeValidator(Skip = true)] SettingsForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct, Prefix))
        {
            ModelState.AddModelError("", ShopText.Translate("Nothing was saved: fix the marked fields."));
            return Invalid(nameof(Index), settings.Page(form));
        }
        var changed = await settings.SaveAsync(form, Staff, ct);
        Notice(changed.Count == 0 ? ShopText.Translate("Nothing changed.") : ShopText.Translate("Settings saved: the shop uses them now."));
        return RedirectToAction(nameof(Index));
    }
}
