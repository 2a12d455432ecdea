using Shop.Web.Account;

namespace Shop.Web.Checkout;

/// <summary>A browser signing out forgets the orders it placed, so the next person on it cannot reopen them.</summary>
public sealed class ForgetPlacedOrders : ISignOutListener
{
    public Task SignedOutAsync(HttpContext http)
    {
        OrderAccess.Forget(http);
        return Task.CompletedTask;
    }
}
