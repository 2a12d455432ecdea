namespace Shop.Web.Admin;

/// <summary>
/// How many paid orders wait to be shipped, for the admin menu and the dashboard (backed by the orders; kept behind
/// an interface so the menu and the dashboard do not depend on the order pages).
/// </summary>
public interface IFulfilmentQueue
{
    Task<int> CountAsync(CancellationToken ct);
}
