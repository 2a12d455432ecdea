using Microsoft.AspNetCore.Authentication.Cookies;

namespace Shop.Web.Languages;

public static class LanguageSetup
{
    public static IServiceCollection AddLanguages(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ShopLanguages.From(configuration));
        services.AddLocalization();
        FluentValidation.ValidatorOptions.Global.MessageFormatterFactory = () => new TranslatedMessages();
        FluentValidation.ValidatorOptions.Global.DisplayNameResolver = FieldNames.Resolve;
        // Under /de the framework would scope its cookies to /de; one sign-in and one token serve every language.
        services.ConfigureAll<CookieAuthenticationOptions>(o => o.Cookie.Path = "/");
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(o => o.Cookie.Path = "/");
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.Path = "/");
        return services;
    }

    /// <summary>First in the pipeline: static files, error pages and routing all see the path without its prefix.</summary>
    public static WebApplication UseShopLanguages(this WebApplication app)
    {
        app.UseMiddleware<LanguagePrefix>();
        return app;
    }
}
