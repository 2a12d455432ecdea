using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Shared;

/// <summary>The one error page for 4xx and 5xx. Never shows a stack trace; gives a request id to quote.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // errors of POSTs are re-executed as POSTs; showing the error page changes nothing
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int?}")] // never stored: see NoStoreByDefault
    public IActionResult Show()
    {
        // The code comes from the route only, and deliberately without a bound parameter: binding also reads the
        // posted form of the failed request, and when that form cannot be read (too large, too many fields) MVC
        // skips binding altogether, so the page lost its code and said 500.
        int? code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : null;
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        // Asked for directly (not shown for a failed request): there is no such page.
        var shownForAnother = failure is not null || HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var status = !shownForAnother ? StatusCodes.Status404NotFound
            : code is >= 400 and < 600 ? code.Value
            : ErrorPage.StatusFor(failure);
        Response.StatusCode = status;
        var page = new ErrorPage(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier);
        if (status != StatusCodes.Status503ServiceUnavailable) return View("Error", page);
        Response.Headers.RetryAfter = "60";
        return View("Unavailable", page);
    }
}
