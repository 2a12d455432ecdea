using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Payments;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>"My account": profile and deleting the account (the order history is Orders' <c>MyOrdersController</c>).</summary>
[Authorize]
[Route("account")]
public sealed class MyAccountController(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, AddressBook addresses,
    AccountErasure erasure, Reauthentication reauth, SavedCards savedCards, TimeProvider clock, ILogger<MyAccountController> log) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(await PageAsync(user, new ProfileForm { FullName = user.FullName }, cancellationToken));
    }

    [HttpPost("profile")]
    public async Task<IActionResult> Profile([Bind(Prefix = nameof(MyAccountPage.Profile))] ProfileForm form, CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!ModelState.IsValid) return this.FormWithErrors(await PageAsync(user, form, cancellationToken), nameof(Index));

        user.FullName = form.FullName.Trim();
        await users.UpdateAsync(user);
        TempData[StatusMessage.Key] = ShopText.Translate("Your profile was saved.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("delete")]
    public IActionResult Delete() => View(new DeleteAccountForm());

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(DeleteAccountForm form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.Password) is { } refusal)
            ModelState.AddModelError(nameof(form.Password), refusal);
        if (ModelState.IsValid && AdminRoster.WouldLeaveNoAdmin(await users.IsInRoleAsync(user, Roles.Admin),
                await AdminRoster.ActiveAdminsAsync(users, clock.GetUtcNow())))
            ModelState.AddModelError("", ShopText.Translate(AdminRoster.LastAdmin));
        // Saved cards go at Braintree first: an account deleted here must not leave its cards there.
        if (ModelState.IsValid && !await savedCards.ForgetAsync(user.Id, HttpContext.RequestAborted))
            ModelState.AddModelError("", ShopText.Translate("Your saved cards could not be removed at our payment provider just now, so nothing was deleted. Please try again in a few minutes."));
        form.Password = "";
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        // The account row, its roles, tokens and saved addresses (cascade) go; its cart and what features keep too.
        // Orders are kept for the books but unlinked from the account.
        await erasure.ForgetAsync(user, HttpContext.RequestAborted);
        var result = await users.DeleteAsync(user);
        if (!result.Succeeded) throw new InvalidOperationException("Deleting account failed: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        await signIn.SignOutAsync();
        log.LogInformation("Account {UserId} deleted by its owner", user.Id);
        return RedirectToAction(nameof(Deleted));
    }

    [HttpGet("deleted")]
    [AllowAnonymous]
    public IActionResult Deleted() => View();

    private async Task<MyAccountPage> PageAsync(ShopUser user, ProfileForm form, CancellationToken cancellationToken) =>
        new(user.Email!, form, await users.GetTwoFactorEnabledAsync(user),
            (await addresses.ListAsync(user.Id, cancellationToken)).Count, (await users.GetRolesAsync(user)).ToList());
}
