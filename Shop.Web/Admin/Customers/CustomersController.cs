using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Account;

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
        Done(id, await customers.LockAsync(id, Staff, User.IsInRole(Roles.Admin), ct), "Account locked: it cannot sign in until unlocked.");

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken ct) =>
        Done(id, await customers.UnlockAsync(id, Staff, User.IsInRole(Roles.Admin), ct), "Account unlocked.");

    [HttpPost("{id}/roles/grant")]
    [Authorize(Roles = StaffRoles.AdminOnly)]
    public async Task<IActionResult> Grant(string id, string role, CancellationToken ct) =>
        Done(id, await customers.SetRoleAsync(id, role, grant: true, Staff, ct), $"{role} role granted.");

    [HttpPost("{id}/roles/revoke")]
    [Authorize(Roles = StaffRoles.AdminOnly)]
    public async Task<IActionResult> Revoke(string id, string role, CancellationToken ct) =>
        Done(id, await customers.SetRoleAsync(id, role, grant: false, Staff, ct), $"{role} role revoked.");

    private IActionResult Done(string id, string? refusal, string success)
    {
        Notice(refusal ?? success);
        return RedirectToAction(nameof(Detail), new { id });
    }
}
