using Microsoft.AspNetCore.Identity;

namespace Shop.Web.Data;

/// <summary>An account: a shopper, or staff with the Staff/Admin role.</summary>
public class ShopUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Staff lock an account until they unlock it; nothing else (a password reset) undoes that.</summary>
    public static readonly DateTimeOffset StaffLockEnd = DateTimeOffset.MaxValue;

    public bool IsLockedByStaff() => LockoutEnd is { Year: 9999 };
}
