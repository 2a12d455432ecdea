using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data;

/// <summary>An account: a shopper, or staff with the Staff/Admin role.</summary>
public class ShopUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
