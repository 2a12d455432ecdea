using Shop.Web.Catalog;

namespace Shop.Web.BackInStock;

public static class BackInStockSetup
{
    public static IServiceCollection AddBackInStock(this IServiceCollection services)
    {
        services.AddSingleton<BackInStockLinks>();
        services.AddSingleton<BackInStockMail>();
        services.AddScoped<BackInStockRequests>();
        services.AddScoped<Account.IPersonalData>(sp => sp.GetRequiredService<BackInStockRequests>());
        services.AddScoped<Account.IPersonalDataPart, BackInStockInPersonalData>();
        services.AddSingleton<BackInStockNotifier>();
        services.AddSingleton<ICatalogListener>(sp => sp.GetRequiredService<BackInStockNotifier>());
        return services.AddHostedService(sp => sp.GetRequiredService<BackInStockNotifier>());
    }
}
