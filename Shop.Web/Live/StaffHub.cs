using Microsoft.AspNetCore.Authorization;
using Shop.Web.Admin;

namespace Shop.Web.Live;

/// <summary>Staff pages: new orders, order changes and low-stock warnings. Staff and admins only, checked on connect;
/// a connection whose account is demoted or locked is closed (see <see cref="LiveSessions"/>).</summary>
[Authorize(Roles = StaffRoles.Any)]
public sealed class StaffHub(LiveSessions sessions) : SignedInHub(sessions)
{
    public const string Path = "/hubs/staff";
}
