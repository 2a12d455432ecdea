using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Shop.Web.Mail.Viewer;

/// <summary>Outside Development, developer pages are taken out of the app, so their routes do not exist (404).</summary>
public sealed class DevelopmentOnlyControllers(params Type[] controllers) : IApplicationModelConvention
{
    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers.Where(c => controllers.Contains(c.ControllerType.AsType())).ToList())
            application.Controllers.Remove(controller);
    }
}
