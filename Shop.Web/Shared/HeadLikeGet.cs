using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Shop.Web.Shared;

/// <summary>
/// Every action that answers GET answers HEAD too, as HTTP requires (RFC 9110 §9.3.2): MVC's [HttpGet] allows GET only,
/// so link checkers and monitors got 405 for pages that work. The action runs as for GET; Kestrel sends no body.
/// </summary>
public sealed class HeadLikeGet : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        foreach (var selector in action.Selectors)
        {
            var constraint = selector.ActionConstraints.OfType<HttpMethodActionConstraint>().FirstOrDefault();
            if (constraint is null || !constraint.HttpMethods.Contains(HttpMethods.Get) || constraint.HttpMethods.Contains(HttpMethods.Head)) continue;
            var methods = constraint.HttpMethods.Append(HttpMethods.Head).ToList();
            // Endpoint routing matches on the metadata; the constraint is what MVC's own action selection reads.
            selector.ActionConstraints[selector.ActionConstraints.IndexOf(constraint)] = new HttpMethodActionConstraint(methods);
            var metadata = selector.EndpointMetadata.OfType<HttpMethodMetadata>().FirstOrDefault();
            if (metadata is not null) selector.EndpointMetadata.Remove(metadata);
            selector.EndpointMetadata.Add(new HttpMethodMetadata(methods, metadata?.AcceptCorsPreflight ?? false));
        }
    }
}
