using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Account;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Customers;

[Route("admin/customers")]
public sealed class CustomersController(CustomerAdmin customers) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? page, CancellationToken ct) => View(await customers.ListAsync(q, page, ct));

    [HttpGet("{id}")]
    public async Task<IActionResult> Detail(string id, CancellationToken ct) =>
        await customers.DetailAsync(id, ct) is { } customer ? View(customer) : NotFound();

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, CancellationToken ct) =>
        Done(id, await customers.LockAsync(id, Staff, User.IsInRole(Roles.Admin), ct), ShopText.Translate("Account locked: it cannot sign in until unlocked."));

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken ct) =>
        Done(id, await customers.UnlockAsync(id, Staff, User.IsInRole(Roles.Admin), ct), ShopText.Translate("Account unlocked."));

    [HttpPost("{id}/roles/grant")]
    [Authorize(Roles = StaffRoles.AdminOnly)]
    public async Task<IActionResult> Grant(string id, string role, CancellationToken ct) =>
        Done(id, await customers.SetRoleAsync(id, role, grant: true, Staff, ct), RoleSaid(role, "Admin role granted.", "Staff role granted.", "{0} role granted."));

    [HttpPost("{id}/roles/revoke")]
    [Authorize(Roles = StaffRoles.AdminOnly)]
    public async Task<IActionResult> Revoke(string id, string role, CancellationToken ct) =>
        Done(id, await customers.SetRoleAsync(id, role, grant: false, Staff, ct), RoleSaid(role, "Admin role revoked.", "Staff role revoked.", "{0} role revoked."));

    [HttpPost("{id}/data")]
    [Authorize(Roles = StaffRoles.AdminOnly)]
    public async Task<IActionResult> Data(string id, CancellationToken ct)
    {
        if (await customers.DataCopyAsync(id, Staff, ct) is not { } file) return NotFound();
        if (file.Length == 0)
            return Done(id, "The saved cards could not be read at the payment provider just now, so no copy was made. Try again in a few minutes.", "");
        Response.Headers.CacheControl = "no-store";
        return File(file, "application/json", $"customer-data-{id}.json");
    }

    // One sentence per role: German and French name the role inside the sentence their own way.
    private static string RoleSaid(string role, string admin, string staff, string other) =>
        role == Roles.Admin ? ShopText.Translate(admin) : role == Roles.Staff ? ShopText.Translate(staff) : ShopText.Translate(other, role);

    private IActionResult Done(string id, string? refusal, string success)
    {
        Notice(refusal is null ? success : ShopText.Translate(refusal));
        return RedirectToAction(nameof(Detail), new { id });
    }
}
