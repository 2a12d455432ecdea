using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// Amounts and rates as people type them in the page's language: a decimal point or a decimal comma ("10.50",
/// "10,5"), digits and a sign, never a thousands separator. The page's own decimal mark always is one; the other is
/// read as one only where it cannot be a thousands separator: "1,000" on an English page or "1.000" on a German one
/// is refused with a message rather than read as 1 or 1000 without a word. Number fields send a point ("12.5").
/// </summary>
public sealed class PlainDecimalBinder : IModelBinder
{
    public const string SeparatorRefused = "Write amounts without a thousands separator, such as 1000 or 10.50.";
    public const string NotANumber = "Enter a number, such as 10.50.";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        context.ModelState.SetModelValue(context.ModelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (context.ModelMetadata.IsReferenceOrNullableType) context.Result = ModelBindingResult.Success(null);
            else context.ModelState.TryAddModelError(context.ModelName,
                context.ModelMetadata.ModelBindingMessageProvider.ValueMustNotBeNullAccessor(value.FirstValue ?? ""));
            return Task.CompletedTask;
        }
        var read = Read(text, CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
        if (read.Number is { } number) context.Result = ModelBindingResult.Success(number);
        else context.ModelState.TryAddModelError(context.ModelName, ShopText.Translate(read.Refusal!));
        return Task.CompletedTask;
    }

    /// <summary>The number typed, or why it is refused; <paramref name="decimalMark"/> is the page's language's.</summary>
    public static (decimal? Number, string? Refusal) Read(string text, string decimalMark)
    {
        var marks = text.Count(c => c is '.' or ',');
        if (marks > 1) return (null, SeparatorRefused);
        if (marks == 1)
        {
            var at = text.IndexOfAny(['.', ',']);
            var digitsAfter = text.Length - at - 1;
            var whole = text[..at].TrimStart('+', '-');
            var pageMark = text[at].ToString() == decimalMark;
            // "1,000" on an English page: a thousands separator, or a comma typed for a point? Neither is guessed.
            if (!pageMark && digitsAfter == 3 && whole.Length > 0 && whole != "0") return (null, SeparatorRefused);
            text = text[..at] + "." + text[(at + 1)..];
        }
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? (number, null)
            : (null, NotANumber);
    }
}

public sealed class PlainDecimalBinderProvider : IModelBinderProvider
{
    private static readonly PlainDecimalBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}
