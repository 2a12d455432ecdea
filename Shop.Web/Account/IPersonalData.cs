using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Personal data a feature keeps apart from the account's own rows (by its email, say), or whose removal others must
/// hear of: forgotten with the account (<see cref="AccountErasure"/>).
/// </summary>
public interface IPersonalData
{
    Task ForgetAsync(ShopUser user, CancellationToken ct);
}
