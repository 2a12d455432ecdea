using Microsoft.EntityFrameworkCore;
using Shop.Domain.Ordering;
using Shop.Web.Data;

namespace Shop.Web.Admin.Returns;

/// <summary>Counts the returns staff still have to act on (<see cref="ReturnRequest.IsToHandle"/>).</summary>
public sealed class ReturnsToHandle(ShopDbContext db) : IReturnsToHandle
{
    public Task<int> CountAsync(CancellationToken ct) => db.Returns.CountAsync(ReturnRequest.IsToHandle, ct);
}
