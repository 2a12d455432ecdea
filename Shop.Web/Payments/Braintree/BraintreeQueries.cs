namespace Shop.Web.Payments.Braintree;

/// <summary>The GraphQL documents we send, checked against Braintree's public schema.graphql.</summary>
internal static class BraintreeQueries
{
    public const string Ping = "query Ping { ping }";

    public const string CreateClientToken =
        "mutation CreateClientToken($input: CreateClientTokenInput) { createClientToken(input: $input) { clientToken } }";

    // statusHistory is newest first; the decline or rejection event carries the reason.
    private const string ChargedTransaction = """
            transaction {
              id legacyId status orderId createdAt amount { value currencyCode }
              paymentMethod { id }
              statusHistory {
                status
                ... on ProcessorDeclinedEvent { declineType processorResponse { legacyCode message } }
                ... on FailedEvent { processorResponse { legacyCode message } }
                ... on GatewayRejectedEvent { gatewayRejectionReason }
              }
            }
        """;

    public const string ChargePaymentMethod =
        "mutation ChargePaymentMethod($input: ChargePaymentMethodInput!) { chargePaymentMethod(input: $input) {\n" + ChargedTransaction + "\n} }";

    // A PayPal one-time (checkout flow) nonce.
    public const string ChargePayPalAccount =
        "mutation ChargePayPalAccount($input: ChargePayPalAccountInput!) { chargePayPalAccount(input: $input) {\n" + ChargedTransaction + "\n} }";

    // A saved card with its CVV typed again (options.tokenizedCvv).
    public const string ChargeCreditCard =
        "mutation ChargeCreditCard($input: ChargeCreditCardInput!) { chargeCreditCard(input: $input) {\n" + ChargedTransaction + "\n} }";

    public const string RefundTransaction = """
        mutation RefundTransaction($input: RefundTransactionInput!) {
          refundTransaction(input: $input) { refund { id legacyId status amount { value currencyCode } } }
        }
        """;

    public const string ReverseTransaction = """
        mutation ReverseTransaction($input: ReverseTransactionInput!) {
          reverseTransaction(input: $input) {
            reversal { __typename ... on Transaction { id status } ... on Refund { id status } }
          }
        }
        """;

    public const string SearchTransactionsByOrderId = """
        query SearchTransactionsByOrderId($input: TransactionSearchInput!) {
          search {
            transactions(input: $input, first: 50) {
              edges { node { id legacyId status orderId createdAt amount { value currencyCode } } }
            }
          }
        }
        """;

    // A single-use payment method (a nonce) is a node; reading it does not use it up. Only cards carry 3-D Secure; a
    // PayPal account says so by its details' type, with the payer's email.
    public const string PaymentMethodThreeDSecure = """
        query PaymentMethodThreeDSecure($id: ID!) {
          node(id: $id) {
            __typename
            ... on PaymentMethod {
              id
              usage
              details {
                __typename
                ... on CreditCardDetails {
                  threeDSecure { authentication { liabilityShifted liabilityShiftPossible authenticationStatus cardEnrolled } }
                }
                ... on PayPalAccountDetails { email }
              }
            }
          }
        }
        """;

    // The account charges go to (the one named, else the default) and its currency, checked at start.
    public const string MerchantAccounts = """
        query MerchantAccounts($input: MerchantAccountSearchInput) {
          viewer { merchant { merchantAccounts(input: $input, first: 50) { edges { node { id currencyCode isDefault } } } } }
        }
        """;

    public const string CreateCustomer = "mutation CreateCustomer($input: CreateCustomerInput) { createCustomer(input: $input) { customer { id } } }";

    public const string CustomerCards = """
        query CustomerCards($id: ID!) {
          node(id: $id) {
            __typename
            ... on Customer {
              paymentMethods(first: 50) {
                edges { node { id details { __typename ... on CreditCardDetails { brandCode last4 expirationMonth expirationYear } } } }
              }
            }
          }
        }
        """;

    public const string DeletePaymentMethodFromVault =
        "mutation DeletePaymentMethodFromVault($input: DeletePaymentMethodFromVaultInput!) { deletePaymentMethodFromVault(input: $input) { clientMutationId } }";

    public const string DeleteCustomer =
        "mutation DeleteCustomer($input: DeleteCustomerInput!) { deleteCustomer(input: $input) { clientMutationId } }";
}
