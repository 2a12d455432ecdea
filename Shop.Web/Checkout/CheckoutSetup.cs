using Shop.Web.Shared;

namespace Shop.Web.Checkout;

public static class CheckoutSetup
{
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CheckoutService>();
        services.AddScoped<IAttemptOrders, CheckoutAttemptOrders>();
        services.AddSingleton<CheckoutQuote>();
        services.AddSingleton<CheckoutAttempts>();
        services.AddSingleton<IAnsweredWithoutTurn, LateForTheSale>();
        services.AddSingleton<Account.ISignOutListener, ForgetPlacedOrders>();
        return services;
    }
}
