using Shop.Domain.Ordering;

namespace Shop.Tests.Domain;

public class ThreeDSecureRulesTests
{
    private static ThreeDSecureResult Card(bool shifted, bool possible, string? status, string? enrolled) => new(true, shifted, possible, status, enrolled);

    [TestCase(true, true, "AUTHENTICATE_SUCCESSFUL", "YES", ThreeDSecureOutcome.Authenticated)]
    [TestCase(true, true, "AUTHENTICATE_SUCCESSFUL_ISSUER_NOT_PARTICIPATING", "YES", ThreeDSecureOutcome.Authenticated)]
    [TestCase(false, true, "AUTHENTICATE_FAILED", "YES", ThreeDSecureOutcome.Failed)]
    [TestCase(false, false, "AUTHENTICATE_REJECTED", "YES", ThreeDSecureOutcome.Failed)]
    [TestCase(false, true, "SOMETHING_NEW", "YES", ThreeDSecureOutcome.Failed)]
    [TestCase(false, true, "CHALLENGE_REQUIRED", "YES", ThreeDSecureOutcome.Incomplete)]
    [TestCase(false, false, "LOOKUP_NOT_ENROLLED", "NO", ThreeDSecureOutcome.NotEnrolled)]
    [TestCase(false, false, "LOOKUP_ERROR", "UNAVAILABLE", ThreeDSecureOutcome.Error)]
    [TestCase(false, true, "AUTHENTICATE_ERROR", "YES", ThreeDSecureOutcome.Error)]
    [TestCase(false, false, "SOMETHING_NEW", "ERROR", ThreeDSecureOutcome.Error)]
    [TestCase(false, false, null, null, ThreeDSecureOutcome.NotRun)]
    public void Classifies_the_gateway_s_answer(bool shifted, bool possible, string? status, string? enrolled, ThreeDSecureOutcome outcome) =>
        Assert.That(ThreeDSecureRules.Classify(Card(shifted, possible, status, enrolled)), Is.EqualTo(outcome));

    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.Authenticated, true)]
    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.Failed, false)]
    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.Incomplete, false)]
    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.NotEnrolled, true)]
    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.Error, true)]
    [TestCase(ThreeDSecurePolicy.WhenRequired, ThreeDSecureOutcome.NotRun, true)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.Authenticated, true)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.Failed, false)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.NotEnrolled, false)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.Error, false)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.NotRun, false)]
    [TestCase(ThreeDSecurePolicy.Always, ThreeDSecureOutcome.NotApplicable, true)]
    public void The_policy_decides_which_outcomes_are_charged(ThreeDSecurePolicy policy, ThreeDSecureOutcome outcome, bool charge)
    {
        var result = outcome switch
        {
            ThreeDSecureOutcome.Authenticated => Card(true, true, "AUTHENTICATE_SUCCESSFUL", "YES"),
            ThreeDSecureOutcome.Failed => Card(false, true, "AUTHENTICATE_FAILED", "YES"),
            ThreeDSecureOutcome.Incomplete => Card(false, true, "CHALLENGE_REQUIRED", "YES"),
            ThreeDSecureOutcome.NotEnrolled => Card(false, false, "LOOKUP_NOT_ENROLLED", "NO"),
            ThreeDSecureOutcome.Error => Card(false, false, "LOOKUP_ERROR", "UNAVAILABLE"),
            ThreeDSecureOutcome.NotApplicable => ThreeDSecureResult.NotACard,
            _ => ThreeDSecureResult.NotRun,
        };
        var decision = ThreeDSecureRules.Decide(policy, result);
        Assert.Multiple(() =>
        {
            Assert.That(decision.Charge, Is.EqualTo(charge));
            Assert.That(decision.Outcome, Is.EqualTo(outcome));
            Assert.That(decision.Refusal, charge ? Is.Null : Does.Contain("3-D Secure").And.Contain("not been charged"));
        });
    }

    [Test]
    public void Off_charges_without_asking() =>
        Assert.That(ThreeDSecureRules.Decide(ThreeDSecurePolicy.Off, null), Is.EqualTo(new ThreeDSecureDecision(true, ThreeDSecureOutcome.NotChecked, null)));
}
