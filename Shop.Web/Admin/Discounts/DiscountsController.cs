using FluentValidation.AspNetCore;
using Shop.Web.Data;
using Shop.Web.Languages;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Discounts;

[Route("admin/discounts")]
public sealed class DiscountsController(DiscountAdmin discounts) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await discounts.ListAsync(ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => View("Edit", await discounts.NewFormAsync(ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create([CustomizeValidator(Skip = true)] DiscountCodeForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ValidAsync(form, ct)) return await InvalidAsync(form, ct);
        var (id, refusal) = await discounts.CreateAsync(form, Staff, ct);
        if (id is null) return await InvalidAsync(form, ct, refusal);
        Notice(ShopText.Translate("Created code {0}.", Domain.Checkout.DiscountCode.Normalize(form.Code)));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await discounts.FormAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] DiscountCodeForm form, CancellationToken ct)
    {
        var saved = await discounts.FormAsync(id, ct);
        if (saved is null) return NotFound();
        (form.Id, form.Code) = (id, saved.Code);
        if (!await ValidAsync(form, ct)) return await InvalidAsync(form, ct);
        var (_, refusal) = await discounts.UpdateAsync(form, Staff, ct);
        if (refusal is not null) return await InvalidAsync(form, ct, refusal);
        Notice(ShopText.Translate("Saved code {0}.", form.Code ?? ""));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/disable")]
    public Task<IActionResult> Disable(int id, CancellationToken ct) => SetDisabledAsync(id, true, ct);

    [HttpPost("{id:int}/enable")]
    public Task<IActionResult> Enable(int id, CancellationToken ct) => SetDisabledAsync(id, false, ct);

    private async Task<IActionResult> SetDisabledAsync(int id, bool disabled, CancellationToken ct)
    {
        if (await discounts.SetDisabledAsync(id, disabled, Staff, ct) is not { } code) return NotFound();
        Notice(ShopText.Translate(disabled ? "Code {0} disabled: shoppers can no longer use it." : "Code {0} enabled.", code));
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> InvalidAsync(DiscountCodeForm form, CancellationToken ct, string? refusal = null)
    {
        if (refusal == EditVersions.Stale) return Stale("Edit", await discounts.WithChoicesAsync(form, ct));
        if (refusal is not null) ModelState.AddModelError("", ShopText.Translate(refusal));
        return Invalid("Edit", await discounts.WithChoicesAsync(form, ct));
    }
}
