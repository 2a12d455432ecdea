using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Dashboard;

[Route("admin")]
public sealed class DashboardController(DashboardQuery dashboard) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await dashboard.LoadAsync(ct));
}
