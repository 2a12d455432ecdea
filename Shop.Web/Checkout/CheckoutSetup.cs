using Shop.Web.Orders;
using Shop.Web.Payments;

namespace Shop.Web.Checkout;

public static class CheckoutSetup
{
    public static IServiceCollection AddCheckout(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<StockReservations>();
        services.AddScoped<DiscountUses>();
        services.AddScoped<CheckoutService>();
        services.AddSingleton<CheckoutQuote>();
        services.AddScoped<OrderEvents>();
        services.AddScoped<PaymentWebhookHandler>();
        services.Configure<PaymentReconciliationOptions>(configuration.GetSection(PaymentReconciliationOptions.Section));
        services.AddScoped<PaymentReconciliation>();
        services.AddHostedService<PaymentReconciler>();
        return services;
    }
}
