using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Shop.Domain;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// Braintree over its GraphQL API with a typed <see cref="HttpClient"/> (the .NET SDK is not on our package source).
/// Every kind of trouble becomes a result; see <see cref="IPaymentGateway"/>. Facts: ../shared/reference/braintree.md.
/// </summary>
public sealed partial class BraintreeGateway : IPaymentGateway, IPaymentVault
{
    private readonly BraintreeGraphQlClient _client;
    private readonly BraintreeOptions _options;

    public BraintreeGateway(HttpClient http, IOptions<BraintreeOptions> options, ILogger<BraintreeGateway> logger)
    {
        _options = options.Value;
        _client = new BraintreeGraphQlClient(http, _options, logger);
    }

    public bool IsSimulated => false;

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        var reply = await _client.SendAsync("Ping", BraintreeQueries.Ping, [], safeToRetry: true, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return reply.At("ping").ValueKind == JsonValueKind.String;
    }

    public async Task<ClientTokenResult> CreateClientTokenAsync(CancellationToken cancellationToken = default)
    {
        var input = new JsonObject();
        if (!string.IsNullOrWhiteSpace(_options.MerchantAccountId))
            input["clientToken"] = new JsonObject { ["merchantAccountId"] = _options.MerchantAccountId };
        // A client token moves no money, so one retry is harmless.
        var reply = await _client.SendAsync("CreateClientToken", BraintreeQueries.CreateClientToken,
            new JsonObject { ["input"] = input }, safeToRetry: true, cancellationToken);
        var token = reply.At("createClientToken", "clientToken");
        return token.ValueKind == JsonValueKind.String
            ? new ClientTokenResult.Issued(token.GetString()!)
            : new ClientTokenResult.Unavailable(Failure.Of(reply).Message);
    }

    public async Task<ThreeDSecureLookup> ReadThreeDSecureAsync(string nonce, CancellationToken cancellationToken = default)
    {
        var reply = await _client.SendAsync("PaymentMethodThreeDSecure", BraintreeQueries.PaymentMethodThreeDSecure,
            new JsonObject { ["id"] = nonce }, safeToRetry: true, cancellationToken);
        var node = reply.At("node");
        if (node.ValueKind == JsonValueKind.Object && Json.Text(node, "__typename") == "PaymentMethod")
            return ThreeDSecureAnswer.Found(node);
        var failure = Failure.Of(reply);
        return failure.Kind == FailureKind.Invalid || (reply.Problem is null && reply.Errors.Count == 0)
            ? new ThreeDSecureLookup.Invalid(failure.Code, "The payment method was not found.")
            : new ThreeDSecureLookup.Unavailable(failure.Message);
    }

    public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var transaction = new JsonObject
        {
            ["amount"] = request.Amount.ToInvariantString(),
            ["orderId"] = request.OrderId,
        };
        if (!string.IsNullOrWhiteSpace(_options.MerchantAccountId)) transaction["merchantAccountId"] = _options.MerchantAccountId;
        if (request.SaveForCustomerId is { } customer)
        {
            transaction["customerId"] = customer;
            transaction["vaultPaymentMethodAfterTransacting"] = new JsonObject { ["when"] = "ON_SUCCESSFUL_TRANSACTION" };
        }
        var input = new JsonObject
        {
            ["clientMutationId"] = request.IdempotencyKey.ToString(),
            ["paymentMethodId"] = request.PaymentMethodNonce,
            ["transaction"] = transaction,
        };
        // The one branch between a card and a PayPal account: which mutation charges it. A saved card's re-typed CVV
        // goes with chargeCreditCard, the only charge that takes one.
        var (name, field, document) = request switch
        {
            { Method: Shop.Domain.Ordering.PaymentMethod.PayPal } => ("ChargePayPalAccount", "chargePayPalAccount", BraintreeQueries.ChargePayPalAccount),
            { TokenizedCvv: { Length: > 0 } } => ("ChargeCreditCard", "chargeCreditCard", BraintreeQueries.ChargeCreditCard),
            _ => ("ChargePaymentMethod", "chargePaymentMethod", BraintreeQueries.ChargePaymentMethod),
        };
        if (field == "chargeCreditCard") input["options"] = new JsonObject { ["tokenizedCvv"] = request.TokenizedCvv };
        // Never retried: a second charge after a timeout could take the money twice.
        var reply = await _client.SendAsync(name, document, new JsonObject { ["input"] = input }, safeToRetry: false, cancellationToken);

        var txn = reply.At(field, "transaction");
        if (txn.ValueKind == JsonValueKind.Object) return TransactionOutcome.Of(txn);

        var failure = Failure.Of(reply);
        return failure.Kind switch
        {
            FailureKind.Invalid => new ChargeResult.Invalid(failure.Code, failure.Message),
            FailureKind.Unavailable => new ChargeResult.Unavailable(failure.Message),
            _ => new ChargeResult.OutcomeUnknown(failure.Message),
        };
    }

    public async Task<RefundResult> RefundAsync(string transactionId, Money? amount, CancellationToken cancellationToken = default)
    {
        var refund = new JsonObject();
        if (amount is { } a) refund["amount"] = a.ToInvariantString();
        var variables = new JsonObject
        {
            ["input"] = new JsonObject { ["transactionId"] = transactionId, ["refund"] = refund },
        };
        var reply = await _client.SendAsync("RefundTransaction", BraintreeQueries.RefundTransaction, variables,
            safeToRetry: false, cancellationToken);

        var r = reply.At("refundTransaction", "refund");
        if (r.ValueKind == JsonValueKind.Object)
        {
            var status = Json.Text(r, "status") ?? "UNKNOWN";
            return status is "FAILED" or "PROCESSOR_DECLINED" or "GATEWAY_REJECTED" or "SETTLEMENT_DECLINED"
                ? new RefundResult.Declined(status, $"The refund was not made ({status}).")
                : new RefundResult.Refunded(Json.Text(r, "id") ?? "", status, Json.Amount(r));
        }
        var failure = Failure.Of(reply);
        return failure.Kind switch
        {
            FailureKind.Invalid => new RefundResult.Invalid(failure.Code, failure.Message),
            FailureKind.Unavailable => new RefundResult.Unavailable(failure.Message),
            _ => new RefundResult.OutcomeUnknown(failure.Message),
        };
    }

    public async Task<ReverseResult> ReverseAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        var variables = new JsonObject { ["input"] = new JsonObject { ["transactionId"] = transactionId } };
        var reply = await _client.SendAsync("ReverseTransaction", BraintreeQueries.ReverseTransaction, variables,
            safeToRetry: false, cancellationToken);

        var reversal = reply.At("reverseTransaction", "reversal");
        if (reversal.ValueKind == JsonValueKind.Object)
        {
            var id = Json.Text(reversal, "id") ?? "";
            var status = Json.Text(reversal, "status") ?? "UNKNOWN";
            return Json.Text(reversal, "__typename") == "Refund"
                ? new ReverseResult.Refunded(id, status)
                : new ReverseResult.Voided(id, status);
        }
        var failure = Failure.Of(reply);
        return failure.Kind switch
        {
            FailureKind.Invalid => new ReverseResult.Invalid(failure.Code, failure.Message),
            FailureKind.Unavailable => new ReverseResult.Unavailable(failure.Message),
            _ => new ReverseResult.OutcomeUnknown(failure.Message),
        };
    }

    public async Task<TransactionSearchResult> FindByOrderIdAsync(string orderId, CancellationToken cancellationToken = default)
    {
        var variables = new JsonObject
        {
            ["input"] = new JsonObject { ["orderId"] = new JsonObject { ["is"] = orderId } },
        };
        var reply = await _client.SendAsync("SearchTransactionsByOrderId", BraintreeQueries.SearchTransactionsByOrderId,
            variables, safeToRetry: true, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var edges = reply.At("search", "transactions", "edges");
        if (edges.ValueKind != JsonValueKind.Array)
            return new TransactionSearchResult.Unavailable(Failure.Of(reply).Message);

        var found = new List<GatewayTransaction>();
        foreach (var edge in edges.EnumerateArray())
        {
            if (edge.ValueKind != JsonValueKind.Object || !edge.TryGetProperty("node", out var node)
                || node.ValueKind != JsonValueKind.Object) continue;
            found.Add(new GatewayTransaction(Json.Text(node, "id") ?? "", Json.Text(node, "legacyId"), Json.Text(node, "orderId"),
                Json.Text(node, "status") ?? "UNKNOWN", Json.Amount(node), Json.Timestamp(node, "createdAt")));
        }
        return new TransactionSearchResult.Found(found);
    }

    /// <summary>
    /// The currency of the merchant account charges go to (<see cref="BraintreeOptions.MerchantAccountId"/>, else the
    /// default one); null with the reason when Braintree cannot tell us (no permission, unreachable, no such account).
    /// </summary>
    public async Task<(string? Currency, string Reason)> ReadMerchantAccountCurrencyAsync(CancellationToken cancellationToken)
    {
        var named = _options.MerchantAccountId is { Length: > 0 } id && !string.IsNullOrWhiteSpace(id) ? id.Trim() : null;
        var input = named is null ? new JsonObject() : new JsonObject { ["id"] = new JsonObject { ["is"] = named } };
        // Asked once at start: a slow Braintree must not hold the shop's start for two timeouts.
        var reply = await _client.SendAsync("MerchantAccounts", BraintreeQueries.MerchantAccounts,
            new JsonObject { ["input"] = input }, safeToRetry: false, cancellationToken);
        var edges = reply.At("viewer", "merchant", "merchantAccounts", "edges");
        if (edges.ValueKind != JsonValueKind.Array) return (null, Failure.Of(reply).Message);

        foreach (var edge in edges.EnumerateArray())
        {
            var node = edge.ValueKind == JsonValueKind.Object && edge.TryGetProperty("node", out var n) ? n : default;
            var matches = named is null
                ? node.ValueKind == JsonValueKind.Object && node.TryGetProperty("isDefault", out var d) && d.ValueKind == JsonValueKind.True
                : Json.Text(node, "id") == named;
            if (matches && Json.Text(node, "currencyCode") is { Length: 3 } currency) return (currency.ToUpperInvariant(), "");
        }
        return (null, named is null ? "Braintree named no default merchant account." : $"Braintree has no merchant account '{named}'.");
    }

    /// <summary>Small readers for Braintree's JSON: missing or oddly typed fields read as null, never throw.</summary>
    internal static class Json
    {
        public static string? Text(JsonElement e, string name) =>
            e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;

        public static Money? Amount(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("amount", out var a) || a.ValueKind != JsonValueKind.Object)
                return null;
            var value = Text(a, "value");
            var currency = Text(a, "currencyCode") ?? Text(a, "currencyIsoCode");
            return decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
                   && currency is { Length: 3 }
                ? new Money(amount, currency)
                : null;
        }

        public static DateTimeOffset? Timestamp(JsonElement e, string name) =>
            DateTimeOffset.TryParse(Text(e, name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;
    }
}
