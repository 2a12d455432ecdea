using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Payments.Braintree;
using Shop.Web.Shared;

namespace Shop.Web.Payments;

/// <summary>
/// Braintree's webhook. The signature, not a cookie, proves who sent it, so there is no antiforgery token here;
/// anything unsigned, tampered or signed for another key is refused with 400 and changes nothing.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class PaymentWebhookController(BraintreeWebhookVerifier verifier, PaymentWebhookHandler handler,
    ILogger<PaymentWebhookController> log) : Controller
{
    [HttpPost("/payments/braintree/webhook")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(RateLimits.Webhook)]
    [RequestSizeLimit(BraintreeWebhookParser.MaxPayloadLength + 4096)]
    [RequestFormLimits(ValueLengthLimit = BraintreeWebhookParser.MaxPayloadLength)] // the shop-wide 64 KB field limit would refuse a large notice
    public async Task<IActionResult> Receive([FromForm(Name = "bt_signature")] string? signature,
        [FromForm(Name = "bt_payload")] string? payload, CancellationToken ct)
    {
        if (!verifier.IsAuthentic(signature, payload))
        {
            log.LogWarning("Refused a webhook with a missing or wrong signature");
            return BadRequest("invalid signature");
        }
        if (BraintreeWebhookParser.Parse(payload) is not { } notification)
        {
            log.LogWarning("Refused a signed webhook that could not be read");
            return BadRequest("unreadable notification");
        }
        await handler.ApplyAsync(notification, ct);
        return Ok();
    }
}
