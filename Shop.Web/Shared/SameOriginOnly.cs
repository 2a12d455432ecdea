using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Shop.Web.Shared;

/// <summary>
/// A defence against forged requests without a token, for the one form on pages everybody shares from the cache (Add to
/// cart on product pages), which then need nothing per visitor. A browser says where a request comes from in headers no
/// page can set: <c>Sec-Fetch-Site</c> (every current browser) and <c>Origin</c>. A POST that another site makes is
/// refused with 400, as a bad antiforgery token is; a request with neither header comes from no browser (a forged
/// request needs the victim's browser) and passes. This is the rule ASP.NET Core 11 builds in for every form.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SameOriginOnlyAttribute : Attribute, IAuthorizationFilter, IOrderedFilter
{
    public int Order => -1000; // before any other filter reads the form

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        if (!FromThisShop(context.HttpContext.Request)) context.Result = new BadRequestResult();
    }

    public static bool FromThisShop(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return true;
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site is "same-origin" or "none"; // "none": typed or bookmarked by the person
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0) return true;
        var shop = request.HttpContext.RequestServices.GetRequiredService<PublicAddress>().Root;
        return string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase)
               || (Uri.TryCreate(shop, UriKind.Absolute, out var root) && string.Equals(origin, root.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase));
    }
}
