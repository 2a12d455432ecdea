using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Domain.Catalog;
using Shop.Web.Languages;

namespace Shop.Web.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        var reductions = configuration["Shop:Prices:Reductions"];
        if (!string.IsNullOrWhiteSpace(reductions) && (!Enum.TryParse<ReductionRule>(reductions, ignoreCase: true, out var rule) || !Enum.IsDefined(rule) || char.IsDigit(reductions.Trim()[0])))
            throw new StartupFailure($"Shop:Prices:Reductions '{reductions}' is not a choice: set it to LowestIn30Days (the EU's rule), AsTyped, or leave it empty (by Shop:Tax:ShopCountry).");
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
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, PriceChanges>();
        services.AddScoped<StockLevels>();
        services.AddSingleton<IndexedSearch>();
        services.AddSingleton<IProductSearch>(sp => sp.GetRequiredService<IndexedSearch>());
        services.AddHostedService<SearchIndexAtStart>();
        services.AddScoped<ProductTexts>();
        services.AddScoped<IOptionWords, OptionWords>();
        return services.AddScoped<CatalogQuery>();
    }
}
