using System.Resources;
using FluentValidation;
using Shop.Web.Languages;

namespace Shop.Tests.Languages;

/// <summary>
/// FluentValidation's own messages ("'Titel' darf nicht leer sein.") name the field in the page's language: every field
/// a built-in message names has a German and a French entry, as <see cref="FieldNames"/> writes it ("Unit price").
/// </summary>
public class FieldNameTests : ShopFixture
{
    [TestCase("UnitPrice", ExpectedResult = "Unit price")]
    [TestCase("Title", ExpectedResult = "Title")]
    [TestCase("TaxName", ExpectedResult = "Tax name")]
    [TestCase("VariantSku", ExpectedResult = "Variant sku")]
    [TestCase("SKU", ExpectedResult = "SKU")]
    [TestCase("Weight in grams", ExpectedResult = "Weight in grams")]
    public string A_field_name_reads_as_words(string name) => FieldNames.Words(name);

    [TestCase("de")]
    [TestCase("fr")]
    public async Task Every_field_a_built_in_message_names_has_a_translation(string language)
    {
        var texts = new ResourceManager("Shop.Web.Languages.ShopText", typeof(ShopText).Assembly)
            .GetResourceSet(System.Globalization.CultureInfo.GetCultureInfo(language), createIfNotExists: true, tryParents: false)!;
        var named = await App.WithAsync<IServiceProvider, List<string>>(services => Task.FromResult(NamedFields(services)));
        var missing = named.Where(n => texts.GetString(n) is null).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(named, Does.Contain("Title"), "the check reads the validators");
            Assert.That(missing, Is.Empty, $"field names in FluentValidation's messages without an entry in ShopText.{language}.resx:\n" + string.Join("\n", missing));
        });
    }

    /// <summary>The fields, as words, of every rule with a message of FluentValidation's own that names its field.</summary>
    private static List<string> NamedFields(IServiceProvider services) =>
        typeof(ShopText).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Select(i => services.GetService(i)).OfType<IValidator>()
            .SelectMany(v => v.CreateDescriptor().Rules)
            .Where(rule => rule.Member is not null && rule.Components.Any(c => NamesItsField(c)))
            .Select(rule => FieldNames.Words(rule.Member.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.DisplayAttribute), true)
                .OfType<System.ComponentModel.DataAnnotations.DisplayAttribute>().FirstOrDefault()?.GetName() ?? rule.Member.Name))
            .Distinct().Order().ToList();

    private static bool NamesItsField(FluentValidation.Internal.IRuleComponent component)
    {
        try { return component.GetUnformattedErrorMessage().Contains("{PropertyName}"); }
        catch (Exception) { return false; } // a message made from the object being validated: the shop's own sentence
    }
}
