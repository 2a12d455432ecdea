namespace Shop.Web.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOutputCache(o => o.AddPolicy(AnonymousCatalogCachePolicy.Name, new AnonymousCatalogCachePolicy()));
        services.AddSingleton<CatalogCache>();
        return services.AddScoped<CatalogQuery>();
    }
}
