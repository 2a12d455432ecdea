using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Shop.Web.Shared;

/// <summary>
/// Amounts and rates are read the one way forms, files and number fields write them: digits, a sign and a point
/// ("10.50"), whatever the culture. A comma is refused with a message: read as a thousands separator, a decimal comma
/// typed on a European keyboard ("10,5") would become 105 without a word.
/// </summary>
public sealed class PlainDecimalBinder : IModelBinder
{
    public const string CommaRefused = "Write decimals with a point, such as 10.50, and no thousands separators.";
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
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            context.Result = ModelBindingResult.Success(number);
        else
            context.ModelState.TryAddModelError(context.ModelName, text.Contains(',') ? CommaRefused : NotANumber);
        return Task.CompletedTask;
    }
}

public sealed class PlainDecimalBinderProvider : IModelBinderProvider
{
    private static readonly PlainDecimalBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(decimal) ? Binder : null;
}
