using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace Shop.Web.Live;

/// <summary>
/// A signed-in shopper's own orders. There is nothing to join: the server addresses the user by the id in their
/// sign-in cookie (<c>Clients.User</c>), so no shopper can ask for another's updates.
/// </summary>
[Authorize]
public sealed class AccountHub : Hub
{
    public const string Path = "/hubs/account";
}
