namespace Shop.Web.Catalog;

public static class CatalogSetup
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services.AddScoped<CatalogQuery>();
}
