namespace Shop.Web.Shared;

/// <summary>The shop's cookie flags in one place: HttpOnly, SameSite=Lax, essential, and when they are Secure.</summary>
public static class CookieSecurity
{
    /// <summary>For the cookies the shop writes itself (cart, checkout draft, placed orders): Secure when the request is HTTPS.</summary>
    public static CookieOptions Options(HttpContext http, TimeSpan? maxAge = null) => new()
    {
        HttpOnly = true,
        IsEssential = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        MaxAge = maxAge,
    };

    /// <summary>The same flags for a cookie the framework writes (sign-in), Secure by <see cref="PolicyFor"/>.</summary>
    public static void Apply(CookieBuilder cookie, IHostEnvironment environment)
    {
        cookie.HttpOnly = true;
        cookie.IsEssential = true;
        cookie.SameSite = SameSiteMode.Lax;
        cookie.SecurePolicy = PolicyFor(environment);
    }

    /// <summary>HTTPS-only outside Development, where tests and `dotnet run` use plain http://localhost.</summary>
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
}
