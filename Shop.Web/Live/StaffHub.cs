using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Shop.Web.Admin;

namespace Shop.Web.Live;

/// <summary>Staff pages: new orders, order changes and low-stock warnings. Staff and admins only, checked on connect.</summary>
[Authorize(Roles = StaffRoles.Any)]
public sealed class StaffHub : Hub
{
    public const string Path = "/hubs/staff";
}
