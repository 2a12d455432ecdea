using Microsoft.AspNetCore.Mvc.Filters;
using Shop.Web.Payments;

namespace Shop.Web.Checkout;

/// <summary>
/// Opens the Content-Security-Policy to Braintree's hosts, on the payment page only and only when real keys are set:
/// Hosted Fields are iframes from Braintree's assets host, and the SDK talks to its API and analytics hosts.
/// 3-D Secure 2 loads Cardinal's Songbird script (its URL comes from Braintree's client configuration, on
/// cardinalcommerce.com) and shows the bank's challenge in an iframe from the card issuer's own host, which no list can
/// name: hence frame-src https:. Every other page keeps the strict policy.
/// </summary>
public sealed class BraintreeContentSecurityPolicyAttribute : ActionFilterAttribute
{
    public const string Policy =
        "default-src 'self'; script-src 'self' https://songbird.cardinalcommerce.com https://songbirdstag.cardinalcommerce.com; style-src 'self'; img-src 'self' data: https://assets.braintreegateway.com; " +
        "font-src 'self'; frame-src https:; " +
        "connect-src 'self' https://api.braintreegateway.com https://api.sandbox.braintreegateway.com " +
        "https://client-analytics.braintreegateway.com https://client-analytics.sandbox.braintreegateway.com https://*.braintree-api.com https://*.cardinalcommerce.com; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (!context.HttpContext.RequestServices.GetRequiredService<IPaymentGateway>().IsSimulated)
            context.HttpContext.Response.Headers.ContentSecurityPolicy = Policy;
    }
}
