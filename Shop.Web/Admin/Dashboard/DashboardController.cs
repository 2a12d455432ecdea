using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Dashboard;

[Route("admin")]
public sealed class DashboardController(DashboardQuery dashboard) : AdminController
{
    /// <summary>A range that cannot be read or makes no sense shows the default range with the reason, and a 400.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery, CustomizeValidator(Skip = true)] DashboardRange period, CancellationToken ct)
    {
        if (ModelState.IsValid && await ValidAsync(period, ct)) return View(await dashboard.LoadAsync(period, ct));
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage is { Length: > 0 } m ? m : "That range could not be read.").Distinct().ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await dashboard.LoadAsync(new DashboardRange(), ct) with { RangeErrors = errors });
    }
}
