using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments.Contract;

/// <summary>
/// Every GraphQL document the shop sends, with the variables it sends, is valid against Braintree's published schema
/// (README.md names its commit). The real gateway runs against the fake server; what reached it is validated.
/// </summary>
public class SchemaContractTests : BraintreeContractFixture
{
    private static readonly Lazy<ISchema> Braintree = new(LoadSchema);

    /// <summary>One call of each kind the gateway makes, each sending one document.</summary>
    private static readonly Dictionary<string, Func<BraintreeGateway, Task>> Calls = new()
    {
        ["Ping"] = g => g.PingAsync(),
        ["CreateClientToken"] = g => g.CreateClientTokenAsync(),
        ["ChargePaymentMethod"] = g => g.ChargeAsync(TenDollars()),
        ["RefundTransaction"] = g => g.RefundAsync("dHJhbnNhY3Rpb25fYWJj", new Money(4.5m, "USD")),
        ["RefundTransaction in full"] = g => g.RefundAsync("dHJhbnNhY3Rpb25fYWJj", null),
        ["ReverseTransaction"] = g => g.ReverseAsync("dHJhbnNhY3Rpb25fYWJj"),
        ["SearchTransactionsByOrderId"] = g => g.FindByOrderIdAsync(OrderId),
        ["PaymentMethodThreeDSecure"] = g => g.ReadThreeDSecureAsync("tokencc_bc_3ds_nonce"),
        ["MerchantAccounts"] = g => g.ReadMerchantAccountCurrencyAsync(CancellationToken.None),
        ["ChargePaymentMethod saving the card"] = g => g.ChargeAsync(TenDollars() with { SaveForCustomerId = "Y3VzdG9tZXJfMTIz" }),
        ["ChargePayPalAccount"] = g => g.ChargeAsync(TenDollars("fake-paypal-one-time-nonce") with { Method = Shop.Domain.Ordering.PaymentMethod.PayPal }),
        ["ChargeCreditCard with the saved card's CVV"] = g => g.ChargeAsync(TenDollars("cGF5bWVudG1ldGhvZF9jY19hYmM") with { TokenizedCvv = "tokencvv_abc" }),
        ["CreateCustomer"] = g => g.CreateCustomerAsync(),
        ["CustomerCards"] = g => g.CardsAsync("Y3VzdG9tZXJfMTIz"),
        ["DeletePaymentMethodFromVault"] = g => g.DeleteCardAsync("cGF5bWVudG1ldGhvZF9jY19hYmM"),
        ["DeleteCustomer"] = g => g.DeleteCustomerAsync("Y3VzdG9tZXJfMTIz"),
    };

    public static IEnumerable<string> CallNames() => Calls.Keys;

    [TestCaseSource(nameof(CallNames))]
    public async Task What_the_gateway_sends_is_valid_against_Braintree_schema(string call)
    {
        await Calls[call](Gateway(merchantAccountId: "shop_usd"));

        Assert.That(Server.Requests, Is.Not.Empty);
        foreach (var sent in Server.Requests)
            Assert.That(await ErrorsIn(sent.Query, sent.Variables), Is.Empty, sent.Query);
    }

    [Test]
    public async Task Every_document_the_shop_has_is_sent_by_one_of_these_calls()
    {
        var gateway = Gateway();
        foreach (var call in Calls.Values) await call(gateway);
        var sent = Server.Requests.Select(r => r.Query).ToHashSet();

        var documents = typeof(BraintreeQueries).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        Assert.That(documents.Where(d => !sent.Contains(d.Value)).Select(d => d.Key), Is.Empty,
            "documents no call here sends: add a call so they are checked");
    }

    [Test]
    public async Task A_field_that_does_not_exist_fails()
    {
        var errors = await ErrorsIn("query Tx($id: ID!) { node(id: $id) { ... on Transaction { id submitForSettlement } } }",
            JsonDocument.Parse("""{"id":"x"}""").RootElement);
        Assert.That(errors, Has.Some.Contains("submitForSettlement"));
    }

    [Test]
    public async Task An_input_field_that_does_not_exist_fails()
    {
        var errors = await ErrorsIn("mutation C($input: ChargePaymentMethodInput!) { chargePaymentMethod(input: $input) { transaction { id } } }",
            JsonDocument.Parse("""{"input":{"paymentMethodId":"n","transaction":{"amount":"1.00","submitForSettlement":true}}}""").RootElement);
        Assert.That(errors, Has.Some.Contains("submitForSettlement"));
    }

    private static async Task<IReadOnlyList<string>> ErrorsIn(string document, JsonElement variables)
    {
        var parsed = GraphQLParser.Parser.Parse(document);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Braintree.Value,
            Document = parsed,
            Operation = parsed.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules,
            Variables = new Inputs((Dictionary<string, object?>)Plain(variables)!),
        });
        return result.Errors.Select(e => e.Message).ToList();
    }

    /// <summary>JSON as the plain values GraphQL.NET reads variables from.</summary>
    private static object? Plain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt32(out var i) ? i : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ISchema LoadSchema()
    {
        var sdl = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Payments", "Contract", "schema.graphql"));
        // Only validated, never executed: abstract types need no real type resolution.
        var schema = Schema.For(sdl, builder => builder.Types.ForAll(type => type.IsTypeOfFunc = _ => true));
        // GraphQL.NET needs a class behind each custom scalar; Braintree's (Amount, Timestamp…) are strings on the wire.
        foreach (Match scalar in Regex.Matches(sdl, @"^scalar (\w+)", RegexOptions.Multiline))
            schema.RegisterType(new WireScalar(scalar.Groups[1].Value));
        schema.Initialize();
        return schema;
    }

    private sealed class WireScalar : ScalarGraphType
    {
        public WireScalar(string name) => Name = name;

        public override object? ParseLiteral(GraphQLValue value) => value;

        public override object? ParseValue(object? value) => value;

        public override bool CanParseLiteral(GraphQLValue value) => true;

        public override bool CanParseValue(object? value) => true;
    }
}
