using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>Saved delivery addresses. Someone else's address id answers 404, the same as one that doesn't exist.</summary>
[Authorize]
[Route("account/addresses")]
public sealed class AddressesController(AddressBook addresses, UserManager<ShopUser> users, IOptions<ShopOptions> options) : Controller
{
    private string UserId => users.GetUserId(User)!;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await addresses.ListAsync(UserId, cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new AddressForm { Country = options.Value.HomeCountry });

    [HttpPost("new")]
    public async Task<IActionResult> Create(AddressForm form, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return this.FormWithErrors(form, "Edit");
        await addresses.AddAsync(UserId, form, cancellationToken);
        TempData[StatusMessage.Key] = ShopText.Translate("Address saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await addresses.FindAsync(UserId, id, cancellationToken) is { } address ? View(AddressForm.From(address)) : NotFound();

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, AddressForm form, CancellationToken cancellationToken)
    {
        if (await addresses.FindAsync(UserId, id, cancellationToken) is null) return NotFound();
        if (!ModelState.IsValid) return this.FormWithErrors(form);
        await addresses.UpdateAsync(UserId, id, form, cancellationToken);
        TempData[StatusMessage.Key] = ShopText.Translate("Address saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/default")]
    public async Task<IActionResult> MakeDefault(int id, CancellationToken cancellationToken)
    {
        if (!await addresses.MakeDefaultAsync(UserId, id, cancellationToken)) return NotFound();
        TempData[StatusMessage.Key] = ShopText.Translate("Default address changed.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        if (!await addresses.DeleteAsync(UserId, id, cancellationToken)) return NotFound();
        TempData[StatusMessage.Key] = ShopText.Translate("Address deleted.");
        return RedirectToAction(nameof(Index));
    }
}
