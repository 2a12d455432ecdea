namespace Shop.Web.Content;

public static class ContentSetup
{
    /// <summary>The shop's own pages (terms, withdrawal, imprint…) in the reader's language.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services) => services.AddScoped<ShopPages>();
}
