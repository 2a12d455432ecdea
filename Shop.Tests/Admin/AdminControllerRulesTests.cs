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

    /// <summary>What <see cref="Roles"/> says: staff run everything on the staff pages, the shop's markets too; admins alone change roles, invite staff (the team page), change the business settings, download a customer's data and read the audit log.</summary>
    [Test]
    public void Only_role_changes_and_the_audit_log_are_for_admins_alone()
    {
        static bool AdminOnly(MemberInfo m) => m.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Any(a => a.Roles == Roles.Admin);
        var adminOnly = AdminControllers()
            .SelectMany(c => AdminOnly(c)
                ? [c.Name]
                : c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(AdminOnly).Select(m => $"{c.Name}.{m.Name}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.That(adminOnly, Is.EqualTo(new[] { "AuditController", "CustomersController.Data", "CustomersController.Grant", "CustomersController.Revoke", "SettingsController", "TeamController" }));
    }
}
