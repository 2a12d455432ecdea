using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Categories;

[Route("admin/categories")]
public sealed class CategoriesController(CategoryAdmin categories, CategoryTranslations translations) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await categories.ListAsync(ct));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new CategoryForm());

    [HttpPost("new")]
    public async Task<IActionResult> Create([CustomizeValidator(Skip = true)] CategoryForm form, CancellationToken ct)
    {
        form.Id = null;
        form.WriteSlug();
        if (!await ValidAsync(form, ct)) return Invalid("Edit", form);
        await categories.CreateAsync(form, Staff, ct);
        Notice(ShopText.Translate("Created {0}.", form.Name!));
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await EditorAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}")]
    public async Task<IActionResult> Edit(int id, [CustomizeValidator(Skip = true)] CategoryForm form, CancellationToken ct)
    {
        form.Id = id;
        form.WriteSlug();
        if (!await ValidAsync(form, ct))
        {
            form.Translations = await translations.FormsAsync(id, ct);
            return Invalid("Edit", form);
        }
        switch (await categories.UpdateAsync(form, Staff, ct))
        {
            case EditVersions.Outcome.NotFound:
                return NotFound();
            case EditVersions.Outcome.Stale:
                form.Translations = await translations.FormsAsync(id, ct);
                return Stale("Edit", form);
        }
        Notice(ShopText.Translate("Saved {0}.", form.Name!));
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The name and description in one more storefront language; an empty name removes the translation.</summary>
    [HttpPost("{id:int}/translations/{language}")]
    public async Task<IActionResult> Translate(int id, string language, [CustomizeValidator(Skip = true)] CategoryTranslationForm form, CancellationToken ct)
    {
        form.Language = language;
        if (!await ValidAsync(form, ct, prefix: "Translation"))
        {
            ForgetTranslationTyped();
            if (await EditorAsync(id, ct) is not { } page) return NotFound();
            page.Translations = page.Translations.Select(t => t.Language == form.Language ? Posted(form, t) : t).ToList();
            page.RefusedTranslation = form.Language;
            return Invalid("Edit", page);
        }
        if (!await translations.SaveAsync(id, form, Staff, ct)) return NotFound();
        Notice(ShopText.Translate(string.IsNullOrWhiteSpace(form.Name) ? "Removed the {0} translation." : "Saved the {0} translation.", ShopLanguage.NameInPage(language)));
        return Redirect($"/admin/categories/{id}#translations");
    }

    /// <summary>The category's form with its translations, or null when there is no such category.</summary>
    private async Task<CategoryForm?> EditorAsync(int id, CancellationToken ct)
    {
        if (await categories.FormAsync(id, ct) is not { } form) return null;
        form.Translations = await translations.FormsAsync(id, ct);
        return form;
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
        var removal = await categories.RemoveAsync(id, Staff, ct);
        if (removal.Outcome == CategoryRemoval.NotFound) return NotFound();
        if (removal is { Outcome: CategoryRemoval.NotEmpty, Products: 0 })
            Notice(ShopText.Plural(removal.Archived,
                       "This category still holds {0} archived product: off sale, but it keeps its category for the orders that name it. "
                       + "Move it to another category first, then delete the category.",
                       "This category still holds {0} archived products: off sale, but each keeps its category for the orders that name it. "
                       + "Move them to another category first, then delete it."), ShopText.Translate("Show them"), $"/admin/products?category={id}&archived=true");
        else if (removal.Outcome == CategoryRemoval.NotEmpty)
            Notice(removal.Archived > 0
                       ? ShopText.Plural(removal.Products, "This category still holds {0} product and {1} archived. Move them to another category first, then delete it.",
                           "This category still holds {0} products and {1} archived. Move them to another category first, then delete it.", removal.Archived)
                       : ShopText.Plural(removal.Products, "This category still holds {0} product. Move it to another category first, then delete the category.",
                           "This category still holds {0} products. Move them to another category first, then delete it."),
                   ShopText.Translate("Show them"), $"/admin/products?category={id}");
        else
            Notice(removal.Outcome == CategoryRemoval.Deleted ? ShopText.Translate("Category deleted.")
                : ShopText.Translate("Discount codes are limited to this category: {0}. Change or delete them first, then delete it.", string.Join(", ", removal.Codes!)));
        return RedirectToAction(nameof(Index));
    }

    private static CategoryTranslationForm Posted(CategoryTranslationForm posted, CategoryTranslationForm saved)
    {
        posted.LanguageName = saved.LanguageName;
        return posted;
    }
}
