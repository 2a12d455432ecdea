using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Shop.Web.Payments;
using Shop.Web.Payments.Braintree;

namespace Shop.Web.Checkout;

/// <summary>
/// Opens the Content-Security-Policy to Braintree's hosts, on the payment page only and only when real keys are set:
/// Hosted Fields are iframes from Braintree's assets host, and the SDK talks to its API and analytics hosts.
/// 3-D Secure 2 loads Cardinal's Songbird script (its URL comes from Braintree's client configuration, on
/// cardinalcommerce.com) and shows the bank's challenge in an iframe from the card issuer's own host, which no list can
/// name: hence frame-src https:. With PayPal on (<see cref="BraintreeOptions.PayPal"/>), braintree-web loads PayPal's
/// SDK from www.paypal.com, which talks to PayPal (www.sandbox.paypal.com in the sandbox) and shows PayPal's images:
/// those hosts are added then only. Every other page keeps the strict policy.
/// </summary>
public sealed class BraintreeContentSecurityPolicyAttribute : ActionFilterAttribute
{
    public const string Policy =
        "default-src 'self'; script-src 'self' https://songbird.cardinalcommerce.com https://songbirdstag.cardinalcommerce.com; style-src 'self'; img-src 'self' data: https://assets.braintreegateway.com; " +
        "font-src 'self'; frame-src https:; " +
        "connect-src 'self' https://api.braintreegateway.com https://api.sandbox.braintreegateway.com " +
        "https://client-analytics.braintreegateway.com https://client-analytics.sandbox.braintreegateway.com https://*.braintree-api.com https://*.cardinalcommerce.com; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public const string PayPalPolicy =
        "default-src 'self'; script-src 'self' https://songbird.cardinalcommerce.com https://songbirdstag.cardinalcommerce.com https://www.paypal.com; style-src 'self'; img-src 'self' data: https://assets.braintreegateway.com https://www.paypalobjects.com; " +
        "font-src 'self'; frame-src https:; " +
        "connect-src 'self' https://api.braintreegateway.com https://api.sandbox.braintreegateway.com " +
        "https://client-analytics.braintreegateway.com https://client-analytics.sandbox.braintreegateway.com https://*.braintree-api.com https://*.cardinalcommerce.com " +
        "https://www.paypal.com https://www.sandbox.paypal.com; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var services = context.HttpContext.RequestServices;
        if (!services.GetRequiredService<IPaymentGateway>().IsSimulated)
            context.HttpContext.Response.Headers.ContentSecurityPolicy =
                services.GetRequiredService<IOptions<BraintreeOptions>>().Value.PayPal ? PayPalPolicy : Policy;
    }
}
