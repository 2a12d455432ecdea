using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Web.Payments.Braintree;

/// <summary>The vault half of <see cref="BraintreeGateway"/>: customers and their saved cards.</summary>
public sealed partial class BraintreeGateway
{
    public async Task<string?> CreateCustomerAsync(CancellationToken cancellationToken = default)
    {
        // Not retried: a lost answer would leave a second, empty customer (harmless, but pointless).
        var reply = await _client.SendAsync("CreateCustomer", BraintreeQueries.CreateCustomer,
            new JsonObject { ["input"] = new JsonObject() }, safeToRetry: false, cancellationToken);
        return Json.Text(reply.At("createCustomer", "customer"), "id");
    }

    public async Task<IReadOnlyList<SavedCard>?> CardsAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var reply = await _client.SendAsync("CustomerCards", BraintreeQueries.CustomerCards,
            new JsonObject { ["id"] = customerId }, safeToRetry: true, cancellationToken);
        var node = reply.At("node");
        if (node.ValueKind != JsonValueKind.Object)
            return Failure.Of(reply).Code == "NOT_FOUND" || (reply.Problem is null && reply.Errors.Count == 0) ? [] : null;
        var edges = reply.At("node", "paymentMethods", "edges");
        if (edges.ValueKind != JsonValueKind.Array) return [];

        var cards = new List<SavedCard>();
        foreach (var edge in edges.EnumerateArray())
        {
            if (edge.ValueKind != JsonValueKind.Object || !edge.TryGetProperty("node", out var method)) continue;
            if (!method.TryGetProperty("details", out var card) || Json.Text(card, "__typename") != "CreditCardDetails") continue;
            cards.Add(new SavedCard(Json.Text(method, "id") ?? "", Brand(Json.Text(card, "brandCode")), Json.Text(card, "last4") ?? "????",
                Json.Text(card, "expirationMonth") ?? "", Json.Text(card, "expirationYear") ?? ""));
        }
        return cards;
    }

    public Task<bool> DeleteCardAsync(string paymentMethodId, CancellationToken cancellationToken = default) =>
        DeleteAsync("DeletePaymentMethodFromVault", BraintreeQueries.DeletePaymentMethodFromVault, "deletePaymentMethodFromVault",
            new JsonObject { ["paymentMethodId"] = paymentMethodId }, cancellationToken);

    public Task<bool> DeleteCustomerAsync(string customerId, CancellationToken cancellationToken = default) =>
        DeleteAsync("DeleteCustomer", BraintreeQueries.DeleteCustomer, "deleteCustomer",
            new JsonObject { ["customerId"] = customerId }, cancellationToken);

    /// <summary>A delete is done when Braintree answers, or says there is no such thing any more.</summary>
    private async Task<bool> DeleteAsync(string operation, string document, string field, JsonObject input, CancellationToken cancellationToken)
    {
        var reply = await _client.SendAsync(operation, document, new JsonObject { ["input"] = input }, safeToRetry: false, cancellationToken);
        return reply.At(field).ValueKind == JsonValueKind.Object || Failure.Of(reply).Code == "NOT_FOUND";
    }

    private static string Brand(string? code) => code?.ToUpperInvariant() switch
    {
        "VISA" => "Visa",
        "MASTERCARD" => "Mastercard",
        "AMERICAN_EXPRESS" => "American Express",
        "DISCOVER" => "Discover",
        "JCB" => "JCB",
        "DINERS" => "Diners Club",
        "UNION_PAY" => "UnionPay",
        "INTERNATIONAL_MAESTRO" or "UK_MAESTRO" => "Maestro",
        null or "" or "UNKNOWN" => "Card",
        var other => other[..1] + other[1..].ToLowerInvariant().Replace('_', ' '),
    };
}
