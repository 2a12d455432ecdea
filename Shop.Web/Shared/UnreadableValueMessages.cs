using System.Reflection;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Shop.Web.Shared;

/// <summary>
/// A value the form's field could not hold (stars=abc) leaves the field empty, and the form's validator says what it
/// wants there ("Choose from 1 to 5 stars.") instead of MVC's "The value 'abc' is not valid for Stars.": the form's own
/// sentence, in the page's language (once a field failed to bind, MVC may not have asked the validator at all).
/// Forms validated by their action (<c>[CustomizeValidator(Skip = true)]</c>) and fields without a rule keep MVC's message.
/// </summary>
public sealed class UnreadableValueMessages : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (!context.ModelState.IsValid)
            foreach (var parameter in context.ActionDescriptor.Parameters.OfType<ControllerParameterDescriptor>())
                if (context.ActionArguments.TryGetValue(parameter.Name, out var form) && form is not null
                    && parameter.ParameterInfo.GetCustomAttribute<CustomizeValidatorAttribute>() is not { Skip: true })
                    await SpeakForAsync(context, form, parameter.BindingInfo?.BinderModelName ?? parameter.Name, context.HttpContext.RequestAborted);
        await next();
    }

    private static async Task SpeakForAsync(ActionExecutingContext context, object form, string prefix, CancellationToken ct)
    {
        var unread = Unread(context, form, prefix);
        if (unread.Count == 0) return;
        if (context.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(form.GetType())) is not IValidator validator) return;
        var result = await validator.ValidateAsync(new ValidationContext<object>(form), ct);
        foreach (var (property, key, mvc) in unread)
        {
            var said = result.Errors.Where(e => e.PropertyName == property).Select(e => e.ErrorMessage).Distinct().ToList();
            if (said.Count == 0) continue;
            var errors = context.ModelState[key]!.Errors;
            foreach (var error in errors.Where(e => mvc.Contains(e.ErrorMessage)).ToList()) errors.Remove(error);
            foreach (var message in said.Where(m => errors.All(e => e.ErrorMessage != m))) context.ModelState.AddModelError(key, message);
        }
    }

    /// <summary>
    /// The form's own fields (not nested ones) sent a value they do not hold, with MVC's message for it (a binder of the
    /// shop's own, such as <see cref="PlainDecimalBinder"/>, says something better already), and those messages.
    /// </summary>
    private static List<(string Property, string Key, string[] Mvc)> Unread(ActionExecutingContext context, object form, string prefix)
    {
        var unread = new List<(string, string, string[])>();
        var metadata = context.HttpContext.RequestServices.GetRequiredService<IModelMetadataProvider>();
        foreach (var (key, entry) in context.ModelState)
        {
            if (entry.Errors.Count == 0 || string.IsNullOrEmpty(entry.AttemptedValue)) continue;
            // "Form.Stars" under [Bind(Prefix = "Form")], "form.Stars" or "Stars" for a form bound by its parameter's name.
            var property = key.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase) ? key[(prefix.Length + 1)..] : key;
            if (property.Contains('.') || property.Contains('[')) continue;
            if (form.GetType().GetProperty(property) is not { } field || !Empty(field.GetValue(form), field.PropertyType)) continue;
            var mvc = MvcMessages(metadata.GetMetadataForProperty(form.GetType(), field.Name), entry.AttemptedValue);
            if (entry.Errors.Any(e => mvc.Contains(e.ErrorMessage))) unread.Add((field.Name, key, mvc));
        }
        return unread;
    }

    private static string[] MvcMessages(ModelMetadata field, string value)
    {
        var messages = field.ModelBindingMessageProvider;
        var name = field.GetDisplayName();
        return [messages.AttemptedValueIsInvalidAccessor(value, name), messages.ValueIsInvalidAccessor(value), messages.ValueMustBeANumberAccessor(name)];
    }

    private static bool Empty(object? value, Type type) => value is null || (type.IsValueType && value.Equals(Activator.CreateInstance(type)));
}
