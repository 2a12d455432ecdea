namespace Shop.Web.Orders;

public static class OrdersSetup
{
    /// <summary>The shopper's side of orders: their mails and their order history.</summary>
    public static IServiceCollection AddOrders(this IServiceCollection services)
    {
        services.AddScoped<OrderMail>();
        services.AddScoped<ShopperOrders>();
        return services;
    }
}
