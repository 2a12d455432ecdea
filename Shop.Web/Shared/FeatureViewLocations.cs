using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Shop.Web.Shared;

/// <summary>
/// Views live beside their feature's controller: Shop.Web.Catalog.ProductController's "Show" view is
/// /Catalog/Views/Product/Show.cshtml; layout and shared partials are in /Shared/Views.
/// </summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    private const string Key = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var root = typeof(FeatureViewLocations).Namespace![..^".Shared".Length];
            context.Values[Key] = ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Replace('.', '/') : "";
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(Key, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/{feature}/Views/Shared/{{0}}.cshtml";
        }
        yield return "/Shared/Views/{0}.cshtml";
        yield return "/Shared/Views/{1}/{0}.cshtml";
    }
}
