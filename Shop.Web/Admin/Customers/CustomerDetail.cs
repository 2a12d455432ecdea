namespace Shop.Web.Admin.Customers;

public sealed record CustomerDetail(string Id, string Email, string FullName, DateTimeOffset CreatedAt, bool EmailConfirmed,
    DateTimeOffset? LockedUntil, IReadOnlyList<string> Roles)
{
    public bool IsLocked => LockedUntil is { } until && until > DateTimeOffset.UtcNow;
}
