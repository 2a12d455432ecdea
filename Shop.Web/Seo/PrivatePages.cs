using Shop.Web.Shared;

namespace Shop.Web.Seo;

/// <summary>
/// Pages that are one shopper's own, or staff's, and no business of a search engine: robots.txt disallows them and they
/// answer <c>X-Robots-Tag: noindex</c>, since a disallowed page linked from every page can still be listed.
/// </summary>
public sealed class PrivatePages(RequestDelegate next)
{
    public static readonly string[] Paths = ["/cart", "/checkout", "/account", "/wishlist", "/admin"];

    public static bool Include(PathString path) => Paths.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase));

    // After the language prefix moved into PathBase: /de/cart is /cart here.
    public Task InvokeAsync(HttpContext http)
    {
        if (Include(http.Request.Path)) http.Response.Headers[HeadTags.RobotsHeader] = "noindex";
        return next(http);
    }
}
