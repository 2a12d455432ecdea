using Microsoft.AspNetCore.Mvc.ModelBinding;
using Shop.Web.Languages;

namespace Shop.Web.Shared;

/// <summary>
/// A tick box sends "true" or "false" (the box and its hidden twin). Anything else ("ja", from a form changed by hand)
/// is refused with a message and kept as "false": the form is drawn again from what was sent, and MVC cannot draw a
/// tick box from "ja" (it would answer 500).
/// </summary>
public sealed class TickBoxBinder : IModelBinder
{
    public const string NotATick = "Tick the box or leave it empty.";

    public Task BindModelAsync(ModelBindingContext context)
    {
        var value = context.ValueProvider.GetValue(context.ModelName);
        if (value == ValueProviderResult.None) return Task.CompletedTask;
        if (bool.TryParse(value.FirstValue?.Trim(), out var ticked))
        {
            context.ModelState.SetModelValue(context.ModelName, value);
            context.Result = ModelBindingResult.Success(ticked);
            return Task.CompletedTask;
        }
        context.ModelState.SetModelValue(context.ModelName, new ValueProviderResult("false", value.Culture));
        context.ModelState.TryAddModelError(context.ModelName, ShopText.Translate(NotATick));
        return Task.CompletedTask;
    }
}

public sealed class TickBoxBinderProvider : IModelBinderProvider
{
    private static readonly TickBoxBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) => context.Metadata.ModelType == typeof(bool) ? Binder : null;
}
