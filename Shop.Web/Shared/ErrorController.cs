using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Shared;

/// <summary>The one error page for 4xx and 5xx. Never shows a stack trace; gives a request id to quote.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken] // errors of POSTs are re-executed as POSTs; showing the error page changes nothing
public sealed class ErrorController : Controller
{
    [Route("/error/{code:int?}")]
    [ResponseCache(NoStore = true)]
    public IActionResult Show([FromRoute] int? code)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = code is >= 400 and < 600 ? code.Value
            : failure is BadHttpRequestException bad ? bad.StatusCode
            : StatusCodes.Status500InternalServerError;
        Response.StatusCode = status;
        return View("Error", new ErrorPage(status, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorPage(int StatusCode, string RequestId)
{
    public string Title => StatusCode switch
    {
        400 => "That request didn't make sense",
        403 => "You don't have access to this page",
        404 => "We couldn't find that page",
        405 => "That isn't allowed here",
        413 => "That upload is too large",
        429 => "Too many requests",
        _ when StatusCode >= 500 => "Something went wrong on our side",
        _ => "Something went wrong",
    };

    public string Advice => StatusCode switch
    {
        404 => "The link may be old, or the product may no longer be sold. Try the search box or browse a category.",
        403 => "Sign in with an account that has access, or go back to the shop.",
        413 => "Please choose a smaller file and try again.",
        429 => "Please wait a minute and try again.",
        >= 500 => "We've been told about it. Please try again in a moment.",
        _ => "Please go back and try again.",
    };
}
