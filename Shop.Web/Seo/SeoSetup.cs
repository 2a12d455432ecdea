namespace Shop.Web.Seo;

public static class SeoSetup
{
    public static IServiceCollection AddSeo(this IServiceCollection services) => services.AddScoped<SitemapQuery>();
}
