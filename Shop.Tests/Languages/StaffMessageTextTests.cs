using System.Resources;
using System.Text.RegularExpressions;

namespace Shop.Tests.Languages;

/// <summary>
/// What the staff pages' C# says to staff (a notice, a form's message, a refusal a service returns) speaks the staff
/// member's language, as the views do (<see cref="StaffTextTests"/>). Read from the source: a sentence written as it is
/// into <c>Notice(…)</c>, <c>AddModelError(…)</c> or <c>TempData[…] =</c> is found, and a refusal returned as a sentence
/// must be a key with German and French entries (the page translates it where it shows it).
/// </summary>
public partial class StaffMessageTextTests
{
    private static readonly string Root = FindRoot();

    private static IEnumerable<string> Sources() =>
        Directory.GetFiles(Path.Combine(Root, "Shop.Web", "Admin"), "*.cs", SearchOption.AllDirectories).Order();

    [Test]
    public void Every_message_staff_are_shown_from_code_goes_through_ShopText()
    {
        var untranslated = Sources().SelectMany(file => Untranslated(File.ReadAllText(file)).Select(text => $"{Relative(file)}: {text}")).ToList();
        Assert.That(untranslated, Is.Empty, "sentences shown to staff as they are written, in English on German and French pages:\n" + string.Join("\n", untranslated));
    }

    [Test]
    public void The_check_finds_a_sentence_written_as_it_is_and_passes_one_through_ShopText()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Untranslated("""Notice("Saved it.");"""), Is.EqualTo(new[] { "\"Saved it.\"" }));
            Assert.That(Untranslated("""ModelState.AddModelError("Form.Name", ok ? "Name it" : ShopText.Translate("Too long."));"""), Is.EqualTo(new[] { "\"Name it\"" }));
            Assert.That(Untranslated("""TempData[NoticeKey] = $"Deleted {name}.";""").ToList(), Has.Count.EqualTo(1));
            Assert.That(Untranslated("""Notice(ShopText.Translate("Saved {0}.", Named(x, "a b")), "Open it", "/admin/x");"""), Is.EqualTo(new[] { "\"Open it\"" }));
            Assert.That(Untranslated("""ModelState.AddModelError("Form.Countries", MarketSentences.Translate(e.Message)); Notice(done);"""), Is.Empty);
        });
    }

    [TestCase("de")]
    [TestCase("fr")]
    public void Every_refusal_a_staff_service_returns_has_a_translation(string language)
    {
        var texts = new ResourceManager("Shop.Web.Languages.ShopText", typeof(Shop.Web.Languages.ShopText).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var missing = Sources()
            .SelectMany(file => ReturnedSentence().Matches(File.ReadAllText(file)).Select(m => (File: file, Key: Regex.Unescape(m.Groups[1].Value))))
            .Where(k => texts.GetString(k.Key) is null).Select(k => $"{Relative(k.File)}: {k.Key}").Distinct().ToList();
        Assert.That(missing, Is.Empty, $"refusals without an entry in ShopText.{language}.resx:\n" + string.Join("\n", missing));
    }

    /// <summary>
    /// The sentences left in what a message call is handed once its translated parts are taken out. A field's key
    /// ("Form.Countries") or an address ("/admin/…") is no sentence: a sentence has a space or ends as one does.
    /// </summary>
    private static IEnumerable<string> Untranslated(string source)
    {
        foreach (Match call in MessageCall().Matches(source))
        {
            var handed = call.Groups["tempdata"].Success ? Until(source, call.Index + call.Length, ';') : Arguments(source, call.Index + call.Length);
            if (call.Groups["name"].Value == "AddModelError") handed = AfterFirstArgument(handed);
            foreach (Match literal in Literal().Matches(Translated().Replace(handed, "")))
                if (Sentence().IsMatch(literal.Groups[1].Value)) yield return literal.Value;
        }
    }

    /// <summary>What sits between the call's parentheses (the one just opened at <paramref name="from"/>).</summary>
    private static string Arguments(string source, int from)
    {
        var depth = 1;
        for (var i = from; i < source.Length; i++)
        {
            if (source[i] == '(') depth++;
            else if (source[i] == ')' && --depth == 0) return source[from..i];
        }
        return source[from..];
    }

    private static string Until(string source, int from, char end) => source[from..Math.Max(from, source.IndexOf(end, from))];

    private static string AfterFirstArgument(string arguments)
    {
        var depth = 0;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is '(' or '[') depth++;
            else if (arguments[i] is ')' or ']') depth--;
            else if (arguments[i] == ',' && depth == 0) return arguments[(i + 1)..];
        }
        return "";
    }

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Shop.sln not found above the test directory.");
    }

    // Notice("…"), ModelState.AddModelError(key, "…"), TempData["…"] = "…".
    [GeneratedRegex(@"\b(?<name>Notice|AddModelError)\(|(?<tempdata>TempData\[[^\]]*\]\s*=(?!=))")]
    private static partial Regex MessageCall();

    // ShopText.Translate(…), ShopText.Plural(…) and the domain's sentences read back (StaffRefusals.Translate(…)), nested parentheses included.
    [GeneratedRegex(@"\w+\.(?:Translate|Plural)\((?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*\)")]
    private static partial Regex Translated();

    [GeneratedRegex(@"\$?""((?:[^""\\]|\\.)*)""")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\p{L}{2,}.*(?:\s|[.!?:]$)")]
    private static partial Regex Sentence();

    // return "…"; (a refusal a staff service hands back; the page translates it)
    [GeneratedRegex("""\breturn\s+"((?:[^"\\]|\\.)*\s(?:[^"\\]|\\.)*)"\s*;""")]
    private static partial Regex ReturnedSentence();
}
