namespace Shop.Web.Markets;

public static class MarketsSetup
{
    public static IServiceCollection AddMarkets(this IServiceCollection services)
    {
        services.AddSingleton<MarketTerms>();
        return services;
    }
}
