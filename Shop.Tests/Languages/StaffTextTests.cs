using System.Resources;
using System.Text.RegularExpressions;

namespace Shop.Tests.Languages;

/// <summary>
/// Staff pages speak German and French as well as English: every text written in a staff view goes through <c>T</c>,
/// and every English key staff read (in views and in the staff forms' validators) has a German and a French entry.
/// Read from the source, so a text forgotten on a page no test opens is found too.
/// </summary>
public partial class StaffTextTests
{
    // Written the same in every language the shop speaks: codes, units and names.
    private static readonly HashSet<string> SameEverywhere = new(StringComparer.Ordinal)
    {
        "SKU", "GTIN", "CSV", "PDF", "ID", "URL", "EUR", "OK", "E-Mail", "ml",
        // Country codes, as examples of what to type.
        "DE", "FR", "NL", "AT",
    };

    private static readonly string Root = FindRoot();
    private static readonly string Admin = Path.Combine(Root, "Shop.Web", "Admin");

    /// <summary>Each folder of the staff pages (<c>Orders</c>, <c>Products</c>, …), and "Admin" for the files beside them.</summary>
    public static IEnumerable<string> Areas() => Directory.GetDirectories(Admin).Select(Path.GetFileName).Order().Prepend("Admin")!;

    private static string[] Files(string area, string pattern) => area == "Admin"
        ? Directory.GetFiles(Admin, pattern).Concat(Directory.GetFiles(Path.Combine(Admin, "Views"), pattern)).ToArray()
        : area == "Views" ? [] : Directory.GetFiles(Path.Combine(Admin, area), pattern, SearchOption.AllDirectories);

    [TestCaseSource(nameof(Areas))]
    public void Every_text_in_a_staff_view_is_written_through_T(string area)
    {
        var untranslated = Files(area, "*.cshtml").SelectMany(file => LiteralTexts(File.ReadAllText(file)).Select(text => $"{Relative(file)}: {text}")).ToList();
        Assert.That(untranslated, Is.Empty, "texts written as they are, shown in English on German and French staff pages:\n" + string.Join("\n", untranslated));
    }

    private static IEnumerable<TestCaseData> AreasInLanguages() =>
        Areas().SelectMany(area => new[] { "de", "fr" }.Select(language => new TestCaseData(area, language)));

    [TestCaseSource(nameof(AreasInLanguages))]
    public void Every_staff_text_has_a_translation(string area, string language)
    {
        var texts = new ResourceManager("Shop.Web.Languages.ShopText", typeof(Shop.Web.Languages.ShopText).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var keys = Files(area, "*.cshtml").SelectMany(f => ViewKeys().Matches(File.ReadAllText(f)).Select(m => (File: f, Key: Unescape(m.Groups[1].Value))))
            .Concat(Files(area, "*.cs")
                .SelectMany(f => ValidatorMessages().Matches(File.ReadAllText(f)).Select(m => (File: f, Key: Unescape(m.Groups[1].Value)))));
        var missing = keys.Where(k => texts.GetString(k.Key) is null).Select(k => $"{Relative(k.File)}: {k.Key}").Distinct().ToList();
        Assert.That(missing, Is.Empty, $"staff texts without an entry in ShopText.{language}.resx:\n" + string.Join("\n", missing));
    }

    /// <summary>Text between tags, and in the attributes people read, that is written as it is rather than through <c>T</c>.</summary>
    private static IEnumerable<string> LiteralTexts(string view)
    {
        view = RazorComment().Replace(view, "");
        view = ScriptOrStyle().Replace(view, "");
        view = WithoutCodeBlocks(view);
        foreach (Match m in Between().Matches(view))
            if (Reads(m.Groups[1].Value) is { } text) yield return text;
        foreach (Match m in ReadAttribute().Matches(view))
            if (!MachineValue(m) && (m.Groups[1].Value != "value" || ShownValue(view, m.Index)) && Reads(m.Groups[2].Value) is { } text) yield return $"{m.Groups[1].Value}=\"{text}\"";
    }

    /// <summary>A value people read: not a hidden field's, a box's or an option's, which the form sends but nobody sees.</summary>
    private static bool ShownValue(string view, int at)
    {
        var start = view.LastIndexOf('<', at);
        var end = view.IndexOf('>', at);
        var tag = start < 0 ? "" : view[start..(end < 0 ? view.Length : end)];
        return !HiddenValue().IsMatch(tag);
    }

    /// <summary>A value a form sends, not one people read: one lower-case token ("yes", "percent", "up"), as no button's label is.</summary>
    private static bool MachineValue(Match attribute) => attribute.Groups[1].Value == "value" && MachineToken().IsMatch(attribute.Groups[2].Value);

    /// <summary>What is left of a text once Razor expressions are taken out, when it still has words in it.</summary>
    private static string? Reads(string text)
    {
        if (CodeLeft().IsMatch(text)) return null;
        var left = RazorStatement().Replace(text, " ");
        left = RazorExpression().Replace(left, " ");
        left = Entity().Replace(left, " ").Trim();
        var words = Word().Matches(left).Select(w => w.Value).Where(w => !SameEverywhere.Contains(w)).ToList();
        return words.Count == 0 ? null : left;
    }

    /// <summary>Drops <c>@{ … }</c> and <c>@functions { … }</c> blocks (C#, whose comparisons would read as tags).</summary>
    private static string WithoutCodeBlocks(string view)
    {
        var result = new System.Text.StringBuilder();
        var i = 0;
        while (i < view.Length)
        {
            var start = CodeBlockStart().Match(view, i);
            if (!start.Success) { result.Append(view, i, view.Length - i); break; }
            result.Append(view, i, start.Index - i);
            var depth = 0;
            var j = start.Index + start.Length - 1; // at the opening brace
            for (; j < view.Length; j++)
            {
                if (view[j] == '{') depth++;
                else if (view[j] == '}' && --depth == 0) break;
            }
            i = j + 1;
        }
        return result.ToString();
    }

    private static string Unescape(string key) => Regex.Unescape(key);

    private static string Relative(string file) => Path.GetRelativePath(Root, file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Shop.sln"))) return dir.FullName;
        throw new InvalidOperationException("Shop.sln not found above the test directory.");
    }

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"@(?:functions\s*)?\{")]
    private static partial Regex CodeBlockStart();

    [GeneratedRegex(@">([^<>]*)<")]
    private static partial Regex Between();

    [GeneratedRegex("\\b(placeholder|title|aria-label|alt|value)=\"([^\"]*)\"")]
    private static partial Regex ReadAttribute();

    // @T["…"], @Model.Name, @x.ToString("0.00"), @(a ? "b" : "c"), @await …: what Razor writes, not what is typed here.
    [GeneratedRegex(@"@(?:\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|await\s+)?[\w.]*(?:\[(?:[^\[\]]|\[[^\]]*\])*\]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\)|[\w.!?]+)*")]
    private static partial Regex RazorExpression();

    // @foreach (…), @if (…), } else if (…): code around markup.
    [GeneratedRegex(@"(?:@|\belse\s+)?\b(?:foreach|for|if|while|switch|using|else)\b\s*(?:\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))?")]
    private static partial Regex RazorStatement();

    // What a statement cut at its "<" leaves ("@for (var i = 0; i < n; i++)" read up to "<").
    [GeneratedRegex(@"^\s*@?\b(?:foreach|for|if|while)\s*\(|^\s*\(var\s")]
    private static partial Regex CodeLeft();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex MachineToken();

    [GeneratedRegex("""^<(?:option\b|input\b(?=[^>]*\btype="(?:hidden|checkbox|radio)"))""")]
    private static partial Regex HiddenValue();

    [GeneratedRegex(@"&\w+;|&#\d+;")]
    private static partial Regex Entity();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex Word();

    [GeneratedRegex("""T\["((?:[^"\\]|\\.)*)"(?:\]|,)""")]
    private static partial Regex ViewKeys();

    [GeneratedRegex("""WithMessage\("((?:[^"\\]|\\.)*)"\)""")]
    private static partial Regex ValidatorMessages();
}
