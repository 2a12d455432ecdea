namespace Shop.Web.Checkout;

/// <summary>The one field a guest fills on their confirmation to get an account: the email is the order's.</summary>
public sealed class GuestAccountForm
{
    public string Password { get; set; } = "";
}
