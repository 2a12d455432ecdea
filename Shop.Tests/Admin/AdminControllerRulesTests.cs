using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Admin;

namespace Shop.Tests.Admin;

/// <summary>Guards no HTTP test can forget: every staff controller is for staff only and lives under /admin.</summary>
public class AdminControllerRulesTests
{
    private static IEnumerable<Type> AdminControllers() =>
        typeof(AdminController).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Shop.Web.Admin", StringComparison.Ordinal) == true
                        && typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract);

    [Test]
    public void There_are_admin_controllers_to_check() => Assert.That(AdminControllers().Count(), Is.GreaterThanOrEqualTo(7));

    [TestCaseSource(nameof(AdminControllers))]
    public void Every_admin_controller_lets_in_only_staff_and_admins_under_the_admin_path(Type controller)
    {
        var roles = controller.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => a.Roles ?? "").ToList();
        var route = controller.GetCustomAttribute<RouteAttribute>()?.Template ?? "";

        Assert.Multiple(() =>
        {
            Assert.That(roles, Does.Contain($"{Roles.Admin},{Roles.Staff}"), "[Authorize(Roles = \"Admin,Staff\")]");
            Assert.That(route, Does.StartWith("admin"));
            Assert.That(controller.GetCustomAttributes<AllowAnonymousAttribute>(inherit: true), Is.Empty);
            Assert.That(controller.GetMethods().SelectMany(m => m.GetCustomAttributes<AllowAnonymousAttribute>()), Is.Empty);
        });
    }
}
