using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Primitives;

namespace Shop.Web.Shared;

/// <summary>
/// A posted form the server refuses or fails to read (body over the size limit, too many fields, a field too long, a
/// multipart body that breaks off or misses its boundary, a body shorter than announced) is the sender's fault: 413, 408
/// or 400 with the shop's error page. Without this the antiforgery filter is the first to read
/// the form and reports any failure as a bad token (400), and the real reason never reaches the page.
/// NUL characters, which no field holds and PostgreSQL cannot store or compare: a form with one is refused (400); in a
/// query (junk filters are ignored, as other junk is) they are dropped.
/// </summary>
public sealed class UnreadableFormFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>After [RequestSizeLimit] and [RequestFormLimits] (900) set an action's own limits, before antiforgery (1000) reads the form.</summary>
    public int Order => 950;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HasNul(http.Request.Query)) http.Request.Query = WithoutNul(http.Request.Query);
        if (!http.Request.HasFormContentType) return;
        // The error page shown for this same request must not try the body again (and fail again without a page).
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null) return;
        try
        {
            if (HasNul(await http.Request.ReadFormAsync(http.RequestAborted))) context.Result = new StatusCodeResult(StatusCodes.Status400BadRequest);
        }
        catch (Exception e) when (StatusOf(e, http) is { } status)
        {
            context.Result = new StatusCodeResult(status);
        }
    }

    /// <summary>The answer to a form that could not be read, or null when that was not the sender's doing.</summary>
    public static int? StatusOf(Exception e, HttpContext http) => e switch
    {
        BadHttpRequestException bad => bad.StatusCode, // 413 from the body size limit, 408 when the rest never comes
        InvalidDataException => StatusCodes.Status400BadRequest, // form value count or length limit, bad boundary
        IOException when !http.RequestAborted.IsCancellationRequested => StatusCodes.Status400BadRequest, // multipart body that ends inside a part
        _ => null,
    };

    private static QueryCollection WithoutNul(IQueryCollection query)
    {
        // Names are matched ignoring case, as in the request's own query; "a\0" and "a" become one name with both values.
        var clean = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in query)
        {
            var name = key.Replace("\0", "");
            clean[name] = StringValues.Concat(clean.GetValueOrDefault(name), new StringValues(values.Select(v => v?.Replace("\0", "")).ToArray()));
        }
        return new QueryCollection(clean);
    }

    private static bool HasNul(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        foreach (var (key, value) in values)
        {
            if (key.Contains('\0')) return true;
            foreach (var v in value)
                if (v?.Contains('\0') == true) return true;
        }
        return false;
    }
}
