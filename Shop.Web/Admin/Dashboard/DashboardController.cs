using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Admin.Audit;
using Shop.Web.Data;
using Shop.Web.Payments;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Dashboard;

[Route("admin")]
public sealed class DashboardController(DashboardQuery dashboard) : AdminController
{
    public const string AlertEntityType = "PaymentAlert";

    /// <summary>A range that cannot be read or makes no sense shows the default range with the reason, and a 400.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery, CustomizeValidator(Skip = true)] DashboardRange period, CancellationToken ct)
    {
        if (ModelState.IsValid && await ValidAsync(period, ct)) return View(await dashboard.LoadAsync(period, ct));
        var errors = ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage is { Length: > 0 } m ? m : ShopText.Translate("That range could not be read.")).Distinct().ToList();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await dashboard.LoadAsync(new DashboardRange(), ct) with { RangeErrors = errors });
    }

    /// <summary>Staff have dealt with a payment alert: it leaves the dashboard; the audit trail says who and when.</summary>
    [HttpPost("payment-alerts/{id:int}/handled")]
    public async Task<IActionResult> AlertHandled(int id, [FromServices] PaymentAlerts alerts, [FromServices] AuditTrail audit,
        [FromServices] ShopDbContext db, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        if (await alerts.FindAsync(id, ct) is not { } alert) return NotFound();
        if (alert.HandledAt is null)
        {
            alert.MarkHandled(Staff.Email, clock.GetUtcNow());
            audit.Record(Staff, AlertEntityType, alert.Id, "Handled", after: new { alert.Kind, alert.Subject, alert.OrderNumber });
            if (await db.TrySaveChangesAsync(ct))
            {
                Notice(alert.OrderNumber is null
                    ? ShopText.Translate("Marked the alert about {0} handled.", alert.Subject)
                    : ShopText.Translate("Marked the alert on order {0} handled.", alert.OrderNumber));
                return RedirectToAction(nameof(Index));
            }
            alert = (await alerts.FindAsync(id, ct))!; // someone else marked it a moment before
        }
        Notice(ShopText.Translate("That alert was already marked handled by {0} at {1} {2}.",
            alert.HandledBy ?? "", alert.HandledAt is { } at ? ShopText.StaffStamp(at) : "", ShopTime.Name));
        return RedirectToAction(nameof(Index));
    }
}
