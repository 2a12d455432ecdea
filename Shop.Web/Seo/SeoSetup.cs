namespace Shop.Web.Seo;

public static class SeoSetup
{
    public static IServiceCollection AddSeo(this IServiceCollection services) => services.AddScoped<SitemapQuery>().AddScoped<ProductFeedQuery>();

    /// <summary>After the languages (the path without its prefix), before anything answers.</summary>
    public static WebApplication UseSeo(this WebApplication app)
    {
        app.UseMiddleware<PrivatePages>();
        return app;
    }
}
