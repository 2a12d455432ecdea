using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Shop.Web.Payments.Braintree;
using Shop.Web.Payments.Simulated;

namespace Shop.Web.Payments;

public static class PaymentsSetup
{
    /// <summary>
    /// Registers <see cref="IPaymentGateway"/>: Braintree's GraphQL API when Shop:Payments:Braintree has a public key,
    /// private key and merchant id; otherwise the simulated sandbox (no money moves). Also the webhook verifier.
    /// </summary>
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection(PaymentOptions.Section));
        // A misspelt policy fails at startup, not at the first checkout.
        _ = configuration.GetSection(PaymentOptions.Section).Get<PaymentOptions>();
        var section = configuration.GetSection(BraintreeOptions.Section);
        services.Configure<BraintreeOptions>(section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<BraintreeWebhookVerifier>();
        services.AddScoped<PaymentWebhookHandler>();
        services.AddScoped<PaymentAlerts>();
        services.AddScoped<SavedCards>();

        var options = section.Get<BraintreeOptions>() ?? new BraintreeOptions();
        if (!options.HasKeys)
        {
            services.AddSingleton<SimulatedBraintreeGateway>();
            services.AddSingleton<IPaymentGateway>(sp => sp.GetRequiredService<SimulatedBraintreeGateway>());
            services.AddSingleton<IPaymentVault>(sp => sp.GetRequiredService<SimulatedBraintreeGateway>());
            return services;
        }

        _ = options.GraphQlEndpoint; // a misspelt Environment fails at startup, not at the first checkout
        services.AddHttpClient<BraintreeGateway>((sp, client) =>
        {
            // The gateway enforces its own timeout per call so it can tell a timeout from a cancellation; this one
            // is only a backstop.
            client.Timeout = sp.GetRequiredService<IOptions<BraintreeOptions>>().Value.Timeout + TimeSpan.FromSeconds(5);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("Shop/1.0");
        });
        services.AddTransient<IPaymentGateway>(sp => sp.GetRequiredService<BraintreeGateway>());
        services.AddTransient<IPaymentVault>(sp => sp.GetRequiredService<BraintreeGateway>());
        services.AddHostedService<MerchantAccountCheck>();
        return services;
    }
}
