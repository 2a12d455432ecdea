namespace Shop.Web.Admin;

/// <summary>How many returns wait for staff (to decide, receive or refund), for the admin menu and the dashboard.</summary>
public interface IReturnsToHandle
{
    Task<int> CountAsync(CancellationToken ct);
}
