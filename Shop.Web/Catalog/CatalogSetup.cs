using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Web.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddOutputCache(o =>
        {
            // Slugs are case-sensitive: keyed without case, /P/MUG got the cached /p/mug to some visitors and 404 to others.
            o.UseCaseSensitivePaths = true;
            o.AddPolicy(CatalogPageCachePolicy.Name, new CatalogPageCachePolicy());
        });
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<Markets.IKeepsMarket>(sp => sp.GetRequiredService<CatalogCache>());
        services.AddSingleton<SoldOutVariants>();
        services.AddSingleton<CatalogChanges>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<CatalogChanges>());
        services.AddSingleton<IInterceptor, RetiredSlugs>();
        services.AddScoped<StockLevels>();
        services.AddSingleton<IndexedSearch>();
        services.AddSingleton<IProductSearch>(sp => sp.GetRequiredService<IndexedSearch>());
        services.AddHostedService<SearchIndexAtStart>();
        services.AddScoped<ProductTexts>();
        return services.AddScoped<CatalogQuery>();
    }
}
