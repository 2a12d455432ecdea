using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Domain;

namespace Shop.Web.Admin.Products;

/// <summary>The glossary of option words: each option name and value translated once for every product using it.</summary>
[Route("admin/products/option-words")]
public sealed class OptionWordsController(OptionWordTranslations glossary) : AdminController
{
    /// <summary>A word posts its own fields and three a language: room for thousands of words.</summary>
    private const int FieldLimit = 50_000;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await glossary.FormAsync(ct));

    [HttpPost("")]
    [RequestFormLimits(ValueCountLimit = FieldLimit)]
    public async Task<IActionResult> Index([CustomizeValidator(Skip = true)] OptionWordsForm form, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct))
        {
            ModelState.AddModelError("", Languages.ShopText.Translate("Nothing was saved: fix the marked fields."));
            return Invalid("Index", form);
        }
        int changed;
        try
        {
            changed = await glossary.SaveAsync(form, Staff, ct);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError("", Languages.ShopText.Translate(e.Message));
            return Invalid("Index", form);
        }
        Notice(changed == 0 ? Languages.ShopText.Translate("Nothing was changed.") : Languages.ShopText.Plural(changed, "Saved {0} translation.", "Saved {0} translations."));
        return RedirectToAction(nameof(Index));
    }
}
