using Shop.Web.Payments.Braintree;

namespace Shop.Tests.Payments;

/// <summary>The simulated gateway's PayPal account and CVV answers, as Braintree's sandbox gives them.</summary>
public class SimulatedPayPalAndCvvTests
{
    private readonly SimulatedBraintreeGateway _gateway = new(Options.Create(new BraintreeOptions()), TimeProvider.System);

    private static ChargeRequest Charge(string nonce, decimal amount = 10m) => new(new Money(amount, "USD"), "SHP-AAAA-BBBB", nonce, Guid.NewGuid());

    [Test]
    public async Task The_PayPal_nonce_is_a_PayPal_account_with_a_payer()
    {
        var lookup = await _gateway.ReadThreeDSecureAsync(TestNonces.PayPalOneTime);
        Assert.That(lookup, Is.EqualTo(new ThreeDSecureLookup.Found(ThreeDSecureResult.NotACard)
        {
            Method = PaymentMethod.PayPal, PayerEmail = TestNonces.PayPalPayerEmail,
        }));
        Assert.That(await _gateway.ReadThreeDSecureAsync(TestNonces.ValidVisa), Is.TypeOf<ThreeDSecureLookup.Found>()
            .With.Property("Method").EqualTo(PaymentMethod.Card));
    }

    [Test]
    public async Task A_PayPal_account_pays_and_5001_01_is_declined_as_in_the_mocked_PayPal_flow()
    {
        Assert.That(await _gateway.ChargeAsync(Charge(TestNonces.PayPalOneTime) with { Method = PaymentMethod.PayPal }), Is.TypeOf<ChargeResult.Paid>());
        Assert.That(await _gateway.ChargeAsync(Charge(TestNonces.PayPalOneTime, 5001.01m) with { Method = PaymentMethod.PayPal }),
            Is.TypeOf<ChargeResult.Declined>().With.Property("Code").EqualTo("2038"));
        Assert.That(await _gateway.ChargeAsync(Charge(TestNonces.ValidVisa, 5001.01m)), Is.TypeOf<ChargeResult.Paid>(), "cards pay at 5001.01");
    }

    [Test]
    public async Task Each_charge_mutation_takes_only_its_own_kind()
    {
        Assert.That(await _gateway.ChargeAsync(Charge(TestNonces.ValidVisa) with { Method = PaymentMethod.PayPal }),
            Is.TypeOf<ChargeResult.Invalid>(), "chargePayPalAccount with a card");
        Assert.That(await _gateway.ChargeAsync(Charge(TestNonces.PayPalOneTime) with { TokenizedCvv = "123" }),
            Is.TypeOf<ChargeResult.Invalid>(), "chargeCreditCard with a PayPal account");
    }

    [TestCase(SandboxCvv.DoesNotMatch, false)]
    [TestCase(SandboxCvv.NotVerified, true)]
    [TestCase(SandboxCvv.IssuerDoesNotParticipate, true)]
    [TestCase("123", true)]
    public async Task The_sandbox_CVV_values_decide_a_saved_card_s_charge(string cvv, bool pays)
    {
        var result = await _gateway.ChargeAsync(Charge(TestNonces.ValidVisa) with { TokenizedCvv = cvv });
        if (pays) Assert.That(result, Is.TypeOf<ChargeResult.Paid>());
        else Assert.That(result, Is.TypeOf<ChargeResult.Rejected>().With.Property("Reason").EqualTo("CVV"));
    }
}
