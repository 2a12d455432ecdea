using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Categories;

[Route("admin/categories")]
public sealed class CategoriesController(CategoryAdmin categories) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await categories.ListAsync(ct));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new CategoryForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create([CustomizeValidator(Skip = true)] CategoryForm form, CancellationToken ct)
    {
        form.Id = null;
        if (!await ValidAsync(form, ct)) return Invalid("Edit", form);
        await categories.CreateAsync(form, Staff, ct);
        Notice($"Created {form.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await categories.FormAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] CategoryForm form, CancellationToken ct)
    {
        form.Id = id;
        if (!await ValidAsync(form, ct)) return Invalid("Edit", form);
        if (!await categories.UpdateAsync(form, Staff, ct)) return NotFound();
        Notice($"Saved {form.Name}.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/up")]
    public async Task<IActionResult> MoveUp(int id, CancellationToken ct) =>
        await categories.MoveAsync(id, up: true, Staff, ct) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id:int}/down")]
    public async Task<IActionResult> MoveDown(int id, CancellationToken ct) =>
        await categories.MoveAsync(id, up: false, Staff, ct) ? RedirectToAction(nameof(Index)) : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var (outcome, count) = await categories.RemoveAsync(id, Staff, ct);
        if (outcome == CategoryRemoval.NotFound) return NotFound();
        Notice(outcome == CategoryRemoval.Deleted
            ? "Category deleted."
            : $"This category still holds {count} product(s). Move them to another category first, then delete it.");
        return RedirectToAction(nameof(Index));
    }
}
