namespace Shop.Web.Orders;

public static class OrdersSetup
{
    /// <summary>Orders after checkout: what they hold, their mails and live updates, the shopper's history, reconciliation.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<OrderHolds>();
        services.AddSingleton<SavedTogether>();
        services.AddScoped<IOrderEvents, OrderEvents>();
        services.AddScoped<OrderMail>();
        services.AddScoped<ShopperOrders>();
        services.AddScoped<ShopperReturns>();
        services.AddScoped<Account.IPersonalDataPart, OrdersInPersonalData>();
        services.Configure<CarrierOptions>(configuration.GetSection(CarrierOptions.Section));
        services.AddSingleton<Carriers>();
        services.Configure<PaymentReconciliationOptions>(configuration.GetSection(PaymentReconciliationOptions.Section));
        services.AddScoped<PaymentReconciliation>();
        services.AddHostedService<PaymentReconciler>();
        return services;
    }
}
