using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// What a feature keeps of an account holder, for the copy of their data they download (<see cref="PersonalDataCopy"/>,
/// the right of access): plain values under a name of its own, nothing secret (no tokens, no hashes).
/// </summary>
public interface IPersonalDataPart
{
    /// <summary>The part's key in the file ("orders").</summary>
    string Name { get; }

    Task<object> CopyAsync(ShopUser user, CancellationToken ct);
}
