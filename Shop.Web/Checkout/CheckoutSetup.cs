namespace Shop.Web.Checkout;

public static class CheckoutSetup
{
    public static IServiceCollection AddCheckout(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<CheckoutService>();
        services.AddSingleton<CheckoutQuote>();
        return services;
    }
}
