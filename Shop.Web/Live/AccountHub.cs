using Microsoft.AspNetCore.Authorization;

namespace Shop.Web.Live;

/// <summary>
/// A signed-in shopper's own orders. There is nothing to join: the server addresses the user by the id in their
/// sign-in cookie (<c>Clients.User</c>), so no shopper can ask for another's updates. A connection
/// whose account changes (password, lock-out) is closed (see <see cref="LiveSessions"/>).
/// </summary>
[Authorize]
public sealed class AccountHub(LiveSessions sessions) : SignedInHub(sessions)
{
    public const string Path = "/hubs/account";
}
