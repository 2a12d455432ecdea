using System.Globalization;
using System.Resources;
using Shop.Domain.Checkout;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Tests.Languages;

/// <summary>
/// Every country of the address forms has a German and a French name in the shop's texts, and the country select lists
/// them as that language sorts ("Ägypten" among the A's, not after "Zypern").
/// </summary>
public class CountryNameTests
{
    private static readonly ShopLanguages Languages = new(["en", "de", "fr"]);

    // Countries German writes exactly as the English list does (the Auswärtiges Amt's short names): their entries in
    // ShopText.de.resx hold the English name itself.
    private static readonly string[] SameInGerman =
    [
        "Afghanistan", "Andorra", "Angola", "Anguilla", "Aruba", "Bahamas", "Bahrain", "Barbados",
        "Belarus", "Belize", "Benin", "Bermuda", "Bhutan", "Brunei Darussalam", "Burkina Faso", "Burundi",
        "Cabo Verde", "Chile", "China", "Costa Rica", "Curaçao", "Dominica", "Ecuador", "El Salvador",
        "Eritrea", "Eswatini", "Gambia", "Ghana", "Gibraltar", "Grenada", "Guadeloupe", "Guam", "Guatemala",
        "Guernsey", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras", "Iran", "Israel", "Japan",
        "Jersey", "Kiribati", "Kuwait", "Laos", "Lesotho", "Liberia", "Liechtenstein", "Malawi", "Malaysia",
        "Mali", "Malta", "Martinique", "Mauritius", "Mayotte", "Monaco", "Montenegro", "Montserrat",
        "Myanmar", "Namibia", "Nauru", "Nepal", "Nicaragua", "Niger", "Nigeria", "Niue", "Oman", "Pakistan",
        "Palau", "Panama", "Paraguay", "Peru", "Portugal", "Puerto Rico", "Réunion", "Samoa", "San Marino",
        "Senegal", "Sierra Leone", "Somalia", "Sri Lanka", "Sudan", "Suriname", "Taiwan", "Thailand",
        "Timor-Leste", "Togo", "Tokelau", "Tonga", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "Uruguay",
        "Vanuatu", "Venezuela", "Vietnam"
    ];

    // Countries French writes exactly as the English list does (the usual French short names, articles dropped): their
    // entries in ShopText.fr.resx hold the English name itself.
    private static readonly string[] SameInFrench =
    [
        "Afghanistan", "Angola", "Anguilla", "Aruba", "Bahamas", "Bangladesh", "Belize", "Botswana",
        "Burkina Faso", "Burundi", "Canada", "Congo", "Costa Rica", "Cuba", "Curaçao", "Djibouti",
        "Eswatini", "France", "Gabon", "Ghana", "Gibraltar", "Guadeloupe", "Guam", "Guatemala", "Guyana",
        "Honduras", "Hong Kong", "Iran", "Jersey", "Kazakhstan", "Kenya", "Kiribati", "Laos", "Lesotho",
        "Liberia", "Liechtenstein", "Luxembourg", "Macao", "Madagascar", "Malawi", "Maldives", "Mali",
        "Martinique", "Mayotte", "Monaco", "Montserrat", "Mozambique", "Myanmar", "Nauru", "Nicaragua",
        "Niger", "Nigeria", "Niue", "Oman", "Pakistan", "Panama", "Paraguay", "Philippines", "Portugal",
        "Qatar", "Rwanda", "Samoa", "Seychelles", "Sierra Leone", "Sri Lanka", "Suriname", "Togo",
        "Tokelau", "Tonga", "Tuvalu", "Ukraine", "Uruguay", "Vanuatu", "Venezuela", "Zimbabwe"
    ];

    private static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData("de", SameInGerman).SetArgDisplayNames("de");
        yield return new TestCaseData("fr", SameInFrench).SetArgDisplayNames("fr");
    }

    [TestCaseSource(nameof(Cases))]
    public void Every_country_has_a_name_in_the_language(string language, string[] sameAsEnglish)
    {
        var spoken = Languages.Find(language)!;
        // The language's own texts, without falling back to English: a country left equal to English must be there too.
        var own = new ResourceManager(typeof(ShopText).FullName!, typeof(ShopText).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        List<(string English, string Translated)> names;
        using (spoken.Speak()) names = Countries.All.Select(c => (c.Name, ShopText.Translate(c.Name))).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Countries.All.Where(c => own.GetString(c.Name, ignoreCase: true) is null).Select(c => c.Name), Is.Empty,
                $"countries without an entry in ShopText.{language}.resx");
            Assert.That(names.Where(n => n.Translated == n.English).Select(n => n.English), Is.EquivalentTo(sameAsEnglish),
                "countries whose name stays English: exactly the listed ones");
            Assert.That(names.Where(n => string.IsNullOrWhiteSpace(n.Translated)).Select(n => n.English), Is.Empty);
            Assert.That(names.Select(n => n.Translated), Is.Unique, "two countries with one name");
        });
    }

    [Test]
    public void German_country_select_lists_Austria_and_sorts_umlauts_among_their_letters()
    {
        List<string> names;
        using (Languages.Find("de")!.Speak()) names = CountryOptions.All.Select(o => o.Text).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(names, Does.Contain("Österreich"));
            Assert.That(names, Has.Count.EqualTo(Countries.All.Count));
            Assert.That(names.IndexOf("Ägypten"), Is.GreaterThan(names.IndexOf("Afghanistan")), "Ägypten after Afghanistan");
            Assert.That(names.IndexOf("Ägypten"), Is.LessThan(names.IndexOf("Äthiopien")), "Ägypten before Äthiopien");
            Assert.That(names.IndexOf("Äthiopien"), Is.LessThan(names.IndexOf("Zypern")), "Ä sorts as A, not after Z");
            Assert.That(names, Is.Ordered.Using((IComparer<string>)StringComparer.Create(CultureInfo.GetCultureInfo("de-DE"), ignoreCase: true)));
        });
    }
}
