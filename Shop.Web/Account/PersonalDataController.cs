using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>"Your data": a copy of everything the shop keeps of the account, as one file (<see cref="PersonalDataCopy"/>).</summary>
[Authorize]
[Route("account/data")]
public sealed class PersonalDataController(UserManager<ShopUser> users, Reauthentication reauth, PersonalDataCopy copy, TimeProvider clock,
    ILogger<PersonalDataController> log) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(new PersonalDataForm());

    [HttpPost("")]
    public async Task<IActionResult> Index(PersonalDataForm form, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.Password) is { } refusal)
            ModelState.AddModelError(nameof(form.Password), refusal);
        form.Password = "";
        if (!ModelState.IsValid) return this.FormWithErrors(form);

        if (await copy.MakeAsync(user, ct) is not { } file)
        {
            ModelState.AddModelError("", ShopText.Translate("Your saved cards could not be read at our payment provider just now, so no copy was made. Please try again in a few minutes."));
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View(form);
        }
        log.LogInformation("Account {UserId} downloaded a copy of its data", user.Id);
        Response.Headers.CacheControl = "no-store";
        return File(file, "application/json", $"shop-data-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.json");
    }
}
