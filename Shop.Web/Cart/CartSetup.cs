using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Shop.Web.Cart;

public static class CartSetup
{
    public static IServiceCollection AddCart(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CartService>();
        services.AddScoped<Account.IPersonalDataPart, CartInPersonalData>();
        services.AddScoped<DiscountCodeGuesses>();
        services.AddSingleton<CartStamps>();
        services.AddHostedService<AbandonedCartCleanup>();

        // Whatever signs a shopper in (password, two-factor, recovery code), their anonymous cart comes along.
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var previous = o.Events.OnSignedIn;
            o.Events.OnSignedIn = async context =>
            {
                await previous(context);
                var userId = context.Principal?.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
                if (userId is null || CartOwner.AnonymousToken(context.Request) is not { } token) return;
                var carts = context.HttpContext.RequestServices.GetRequiredService<CartService>();
                await carts.MergeAnonymousCartAsync(userId, token, context.HttpContext.RequestAborted);
                CartOwner.ForgetAnonymous(context.HttpContext);
            };
        });
        return services;
    }
}
