using System.Text.Json;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// Reads a charged transaction. Declines are not GraphQL errors: the transaction comes back with a failure status
/// and the reason in statusHistory (newest first).
/// </summary>
internal static class TransactionOutcome
{
    public static ChargeResult Of(JsonElement transaction)
    {
        var id = BraintreeGateway.Json.Text(transaction, "id");
        var status = BraintreeGateway.Json.Text(transaction, "status") ?? "";
        if (GatewayTransaction.MoneyTakenStatuses.Contains(status) && id is not null)
            return new ChargeResult.Paid(id, status, BraintreeGateway.Json.Text(transaction, "legacyId"), BraintreeGateway.Json.Amount(transaction))
            {
                SavedCardId = transaction.TryGetProperty("paymentMethod", out var saved) ? BraintreeGateway.Json.Text(saved, "id") : null,
            };

        var evt = StatusEvent(transaction, status);
        switch (status)
        {
            case "PROCESSOR_DECLINED":
            {
                var (code, message) = ProcessorResponse(evt, "2000", "Processor Declined");
                var soft = BraintreeGateway.Json.Text(evt, "declineType") == "SOFT";
                return new ChargeResult.Declined(code, message, id, MayRetry: soft);
            }
            case "FAILED":
            {
                var (code, message) = ProcessorResponse(evt, "3000", "Processor Network Unavailable - Try Again");
                return new ChargeResult.Declined(code, message, id, MayRetry: true);
            }
            case "GATEWAY_REJECTED":
                return new ChargeResult.Rejected(BraintreeGateway.Json.Text(evt, "gatewayRejectionReason") ?? "UNKNOWN", id);
            case "SETTLEMENT_DECLINED" or "VOIDED" or "AUTHORIZATION_EXPIRED":
                return new ChargeResult.Declined(status, $"The payment ended as {status}.", id, MayRetry: false);
            default:
                // A status we do not know, or a transaction without an id: we cannot say whether money moved.
                return new ChargeResult.OutcomeUnknown($"Braintree answered with transaction status '{status}'.");
        }
    }

    private static JsonElement StatusEvent(JsonElement transaction, string status)
    {
        if (!transaction.TryGetProperty("statusHistory", out var history) || history.ValueKind != JsonValueKind.Array)
            return default;
        return history.EnumerateArray().FirstOrDefault(e => BraintreeGateway.Json.Text(e, "status") == status);
    }

    private static (string Code, string Message) ProcessorResponse(JsonElement evt, string code, string message)
    {
        if (evt.ValueKind == JsonValueKind.Object && evt.TryGetProperty("processorResponse", out var r))
            return (BraintreeGateway.Json.Text(r, "legacyCode") ?? code, BraintreeGateway.Json.Text(r, "message") ?? message);
        return (code, message);
    }
}
