using System.Text;
using Microsoft.AspNetCore.Antiforgery;

namespace Shop.Web.Shared;

/// <summary>
/// An antiforgery token belongs to one browser, so a page that carries a form cannot be shared through the output
/// cache as it is. Actions marked <see cref="FilledPerVisitorAttribute"/> render their forms with
/// <see cref="Placeholder"/> instead of a token; on the way out, in front of the output cache, the placeholder is
/// replaced by this visitor's own token (and the antiforgery cookie is set if they have none yet), whether the page was
/// rendered just now or came from the cache. The form is checked exactly as any other form is.
/// </summary>
public static class FormTokens
{
    /// <summary>Stands where the token goes; never reaches a browser.</summary>
    public const string Placeholder = "__form-token-filled-per-visitor__";

    private static readonly byte[] PlaceholderBytes = Encoding.ASCII.GetBytes(Placeholder);

    /// <summary>The action's page carries <see cref="Placeholder"/> where its forms' tokens go.</summary>
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
    public sealed class FilledPerVisitorAttribute : Attribute;

    /// <summary>Must run after routing and authentication (the token is bound to the user) and before the output cache.</summary>
    public static IApplicationBuilder UseFormTokensFilledPerVisitor(this IApplicationBuilder app) => app.Use((http, next) =>
        http.GetEndpoint()?.Metadata.GetMetadata<FilledPerVisitorAttribute>() is null ? next(http) : FillInAsync(http, next));

    private static async Task FillInAsync(HttpContext http, RequestDelegate next)
    {
        var body = http.Response.Body;
        using var page = new MemoryStream();
        http.Response.Body = page;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = body;
        }
        if (page.Length == 0) return; // HEAD, a redirect, a status page still to come

        await WriteFilledAsync(http, body, page.GetBuffer().AsMemory(0, (int)page.Length));
    }

    /// <summary>Writes the page with every placeholder replaced by the visitor's token, slice by slice (no copy of the page).</summary>
    private static async Task WriteFilledAsync(HttpContext http, Stream body, ReadOnlyMemory<byte> page)
    {
        var at = page.Span.IndexOf(PlaceholderBytes);
        var token = at < 0 ? []
            : Encoding.ASCII.GetBytes(http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken!);
        http.Response.ContentLength = page.Length + page.Span.Count(PlaceholderBytes) * (token.Length - PlaceholderBytes.Length);
        while (at >= 0)
        {
            await body.WriteAsync(page[..at], http.RequestAborted);
            await body.WriteAsync(token, http.RequestAborted);
            page = page[(at + PlaceholderBytes.Length)..];
            at = page.Span.IndexOf(PlaceholderBytes);
        }
        await body.WriteAsync(page, http.RequestAborted);
    }
}
