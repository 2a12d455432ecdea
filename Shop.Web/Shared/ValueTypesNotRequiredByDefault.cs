using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Shop.Web.Shared;

/// <summary>
/// MVC calls every non-nullable value type (a shipping method, a tick box) required by itself and hints the browser
/// with "The ShippingMethod field is required." in English. FluentValidation owns the shop's rules and messages (a
/// missing value keeps the form's default; one that cannot be read is refused by the binder in the shopper's language).
/// </summary>
internal sealed class ValueTypesNotRequiredByDefault : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        var type = context.Key.ModelType;
        if (type.IsValueType && Nullable.GetUnderlyingType(type) is null && context.ValidationMetadata.IsRequired is null)
            context.ValidationMetadata.IsRequired = false;
    }
}
