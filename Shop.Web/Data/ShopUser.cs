using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data;

/// <summary>An account: a shopper, or staff with the Staff/Admin role.</summary>
public class ShopUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The shopper's customer in Braintree's vault, made when they first save a card; their cards live there only.</summary>
    public string? BraintreeCustomerId { get; set; }

    /// <summary>Staff lock an account until they unlock it; nothing else (a password reset) undoes that.</summary>
    public static readonly DateTimeOffset StaffLockEnd = DateTimeOffset.MaxValue;

    public bool IsLockedByStaff() => LockoutEnd is { Year: 9999 };
}
