using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Audit;

/// <summary>Who changed what: admins only, since it names staff and customers.</summary>
[Route("admin/audit")]
[Authorize(Roles = StaffRoles.AdminOnly)]
public sealed class AuditController(AuditQuery audit) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? entity, string? id, int? page, CancellationToken ct) =>
        View(await audit.PageAsync(entity, id, page, ct));
}
