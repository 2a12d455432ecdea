namespace Shop.Web.Data.Migrations;

/// <summary>
/// The timeline notes that shops before 2026-12-05 wrote for the shopper to see although they were meant for staff
/// (what the payment gateway reported or did, a payment left pending, the steps of a return), by their wording then.
/// For the StaffNotesKeptFromShoppers migrations only: frozen as they were written.
/// </summary>
internal static class StaffNotesOfEarlierShops
{
    private static readonly string[] Wordings =
    [
        "Payment settled (Braintree).",
        "Settlement declined by the bank (Braintree): follow up with the shopper.",
        "Payment disbursed to the shop's account.",
        "Dispute opened (%), amount %.",
        "Dispute won.",
        "Dispute lost: the money went back to the cardholder.",
        "A refund failed at the gateway: refund the shopper another way.",
        "Braintree reports transaction % not counted as its payment; check it at Braintree.",
        "The gateway reports % taken by %; left pending.",
        "Payment not confirmed yet (%); checking with the gateway.",
        "Payment % voided at the gateway.",
        "Payment % refunded at the gateway (refund %).",
        "The remaining % of payment % refunded at the gateway (refund %).",
        "Refund % of % made at the gateway.",
        "A refund of % was sent to the gateway but not confirmed (%); check transaction % before retrying.",
        "A refund or cancellation sent to the payment gateway at % UTC was never recorded: check the payment at the gateway.",
        "Return requested: %",
        "Return % approved: the shopper sends %.",
        "Return % refused: %",
        "Return % received: %",
        "Return % refunded: %.",
    ];

    /// <summary>The UPDATE marking them internal, in the provider's quoting and its word for true.</summary>
    public static string MarkInternal(Func<string, string> quote, string yes, string no) =>
        $"UPDATE {quote("OrderHistory")} SET {quote("IsInternal")} = {yes} WHERE {quote("IsInternal")} = {no} AND (" +
        string.Join(" OR ", Wordings.Select(w => $"{quote("Note")} LIKE '{w.Replace("'", "''")}'")) + ");";
}
