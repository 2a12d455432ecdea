using System.Security.Claims;

namespace Shop.Web.Admin;

/// <summary>The signed-in staff member making a change, as the audit trail and stock history name them.</summary>
public sealed record StaffMember(string UserId, string Email)
{
    public static StaffMember From(ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Staff pages need a signed-in user."),
        user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "");
}
