using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Shop.Tests.Security;

/// <summary>
/// One route of the running app as <see cref="HostileRouteWalkTests"/> walks it: its pattern, the methods it answers and
/// the query or form names its action binds. Read from the app's endpoints, so a new page is walked without a list.
/// </summary>
public sealed record WalkedRoute(string Name, RoutePattern Pattern, IReadOnlyList<string> Methods, IReadOnlyList<string> BoundNames)
{
    /// <summary>Every route endpoint of the app: MVC actions, SignalR hubs, health checks.</summary>
    public static IReadOnlyList<WalkedRoute> All(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => new WalkedRoute(
                e.DisplayName ?? e.RoutePattern.RawText ?? "?",
                e.RoutePattern,
                // No method metadata (the error page, health checks) means any method: walk it as a page and as a form.
                e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.ToList() ?? ["GET", "POST"],
                e.Metadata.GetMetadata<ActionDescriptor>() is { } action ? BoundNamesOf(action, e.RoutePattern).Distinct().ToList() : []))
            .ToList();

    public bool Accepts(string method) => Methods.Contains(method, StringComparer.OrdinalIgnoreCase);

    public bool IsForm => Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE");

    /// <summary>The path with each parameter filled by <paramref name="value"/> (already URL-encoded).</summary>
    public string Path(Func<RoutePatternParameterPart, string> value) =>
        "/" + string.Join("/", Pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => value(parameter),
            _ => "",
        }))));

    /// <summary>Whether a value found in a link fits the parameter's constraint (only int is used by the shop).</summary>
    public static bool Fits(RoutePatternParameterPart parameter, string value) =>
        !parameter.ParameterPolicies.Any(p => p.Content == "int") || int.TryParse(value, out _);

    /// <summary>The names model binding reads from the query string or form: simple parameters, and the properties of forms.</summary>
    private static IEnumerable<string> BoundNamesOf(ActionDescriptor action, RoutePattern pattern)
    {
        foreach (var parameter in action.Parameters)
        {
            var source = parameter.BindingInfo?.BindingSource;
            if (source is not null && source != BindingSource.Query && source != BindingSource.Form && source != BindingSource.ModelBinding) continue;
            if (pattern.GetParameter(parameter.Name) is not null) continue;
            foreach (var name in NamesOf(parameter.ParameterType, parameter.BindingInfo?.BinderModelName ?? parameter.Name, topLevel: true, depth: 0))
                yield return name;
        }
    }

    private static IEnumerable<string> NamesOf(Type type, string name, bool topLevel, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(CancellationToken) || typeof(IFormFile).IsAssignableFrom(type) || typeof(IFormFileCollection).IsAssignableFrom(type)) yield break;
        if (TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string)))
        {
            yield return name;
            yield break;
        }
        if (depth > 1) yield break;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            // A form bound without a prefix is also found by its bare property names, which is what the shop's pages post.
            if (topLevel)
                foreach (var bare in NamesOf(property.PropertyType, property.Name, false, depth + 1)) yield return bare;
            foreach (var prefixed in NamesOf(property.PropertyType, $"{name}.{property.Name}", false, depth + 1)) yield return prefixed;
        }
    }
}
