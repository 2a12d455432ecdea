namespace Shop.Web.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOutputCache(o => o.AddPolicy(CatalogPageCachePolicy.Name, new CatalogPageCachePolicy()));
        services.AddSingleton<CatalogCache>();
        return services.AddScoped<CatalogQuery>();
    }
}
