namespace Shop.Web.Shared;

/// <summary>Headers every response carries: no sniffing, no framing, a strict Content-Security-Policy.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    // No async and no closure: this runs on every request, and a request waiting in the Pay queue would hold both.
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(Set, context);
        return next(context);
    });

    private static Task Set(object state)
    {
        var h = ((HttpContext)state).Response.Headers;
        h.XContentTypeOptions = "nosniff";
        h["Referrer-Policy"] = "strict-origin-when-cross-origin";
        h.XFrameOptions = "DENY";
        h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(self)";
        if (!h.ContainsKey("Content-Security-Policy")) h.ContentSecurityPolicy = ContentSecurityPolicy;
        return Task.CompletedTask;
    }
}
