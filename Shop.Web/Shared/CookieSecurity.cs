namespace Shop.Web.Shared;

/// <summary>The one rule for Secure cookies: HTTPS-only outside Development, where tests and `dotnet run` use plain http://localhost.</summary>
public static class CookieSecurity
{
    public static CookieSecurePolicy PolicyFor(IHostEnvironment environment) =>
        environment.IsDevelopment() || environment.IsEnvironment("Testing")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
}
