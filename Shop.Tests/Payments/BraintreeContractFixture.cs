using System.Net.Sockets;
using System.Text.Json;
using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>The real <see cref="BraintreeGateway"/> against a fake Braintree on 127.0.0.1, fresh per test.</summary>
public abstract class BraintreeContractFixture
{
    protected const string OrderId = "SHP-7K3Q-X9MA";
    protected static readonly Guid Key = Guid.Parse("6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f");

    protected FakeBraintreeServer Server { get; private set; } = null!;
    protected ListLogger<BraintreeGateway> Log { get; private set; } = null!;

    [SetUp]
    public async Task StartFake()
    {
        Server = await FakeBraintreeServer.StartAsync();
        Log = new ListLogger<BraintreeGateway>();
    }

    [TearDown]
    public async Task StopFake() => await Server.DisposeAsync();

    protected BraintreeGateway Gateway(Uri? endpoint = null, string? merchantAccountId = null) =>
        new(new HttpClient(), Options.Create(new BraintreeOptions
        {
            Endpoint = (endpoint ?? Server.Endpoint).ToString(),
            PublicKey = "pub_key",
            PrivateKey = "priv_secret",
            MerchantId = "merchant",
            MerchantAccountId = merchantAccountId,
            TimeoutSeconds = 1,
        }), Log);

    protected static ChargeRequest TenDollars(string nonce = "fake-valid-nonce") => new(new Money(10m, "USD"), OrderId, nonce, Key);
}
