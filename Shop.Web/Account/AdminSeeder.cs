using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Creates the roles and the first administrator. Idempotent: an existing admin keeps its password. Outside
/// Development an admin is only created from a configured password; in Development, with none set, a strong one
/// is generated and handed to the start-up summary (<see cref="SeededAdministrator"/>), once, when the account is created.
/// </summary>
public sealed class AdminSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<ShopUser> users,
    IOptions<AdminAccountOptions> options,
    IHostEnvironment environment,
    TimeProvider clock,
    SeededAdministrator seeded,
    ILogger<AdminSeeder> log)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
        }

        var email = options.Value.Email.Trim();
        if (email.Length == 0) return;

        var admin = await users.FindByEmailAsync(email);
        if (admin is null)
        {
            var password = options.Value.Password;
            var generated = false;
            if (string.IsNullOrEmpty(password))
            {
                if (!environment.IsDevelopment())
                {
                    log.LogWarning("No administrator seeded: set Shop:Admin:Password (as a secret or environment variable) to create {Email}.", email);
                    return;
                }
                password = GeneratePassword();
                generated = true;
            }

            admin = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Administrator", CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(admin, password), $"create administrator {email}");
            if (generated) seeded.GeneratedPassword = password;
        }

        if (!await users.IsInRoleAsync(admin, Roles.Admin)) Check(await users.AddToRoleAsync(admin, Roles.Admin), "add administrator to Admin");
    }

    /// <summary>24 characters from an alphabet without look-alikes: about 140 bits.</summary>
    public static string GeneratePassword()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789-_";
        return RandomNumberGenerator.GetString(alphabet, 24);
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
    }
}
