using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Shop.Web.Account;

namespace Shop.Tests.Languages;

/// <summary>
/// Identity's own refusals where staff lock, unlock and change roles (the customer pages) read in the staff member's
/// language, the value they name kept as it is.
/// </summary>
public class IdentityMessageTests
{
    private static readonly IdentityErrorDescriber Identity = new();

    // What UserManager and RoleManager can answer to a lock, an unlock or a role change.
    private static IEnumerable<TestCaseData> Refusals() =>
        new[] { "de", "fr" }.SelectMany(language => new (string Name, IdentityError Error)[]
        {
            ("concurrency", Identity.ConcurrencyFailure()), ("lockout", Identity.UserLockoutNotEnabled()), ("unknown", Identity.DefaultError()),
            ("in role", Identity.UserAlreadyInRole("Staff")), ("not in role", Identity.UserNotInRole("Admin")),
            ("role taken", Identity.DuplicateRoleName("Staff")), ("role invalid", Identity.InvalidRoleName("Staff")),
        }.Select(r => new TestCaseData(language, r.Error).SetArgDisplayNames(language, r.Name)));

    [TestCaseSource(nameof(Refusals))]
    public void Identitys_refusal_reads_in_the_page_language(string language, IdentityError error)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var said = IdentityMessages.Translate(error);
            Assert.That(said, Is.Not.EqualTo(error.Description), $"'{error.Description}' has no {language} entry");
            if (error.Description.Contains('\'')) Assert.That(said, Does.Contain("Staff").Or.Contain("Admin"), "the role it names stays");
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Test]
    public void Several_refusals_read_one_after_another_each_translated()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        try
        {
            Assert.That(IdentityMessages.Translate(IdentityResult.Failed(Identity.UserAlreadyInRole("Staff"), Identity.DefaultError())),
                Is.EqualTo("Das Konto hat die Rolle „Staff“ bereits. Ein unbekannter Fehler ist aufgetreten."));
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
