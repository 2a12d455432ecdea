using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>
/// Creates the roles and the first administrator: only while the shop has no administrator at all, and never by
/// granting a role to an account that exists (a demoted admin stays demoted; whoever registers the configured address
/// later gets nothing). Outside Development an admin is only created from a configured password; in Development, with
/// none set, a strong one is generated and handed to the start-up summary (<see cref="SeededAdministrator"/>), once.
/// The account and its role are made in one transaction: a start that fails between them leaves neither.
/// </summary>
public sealed class AdminSeeder(
    RoleManager<IdentityRole> roles,
    UserManager<ShopUser> users,
    IOptions<AdminAccountOptions> options,
    ShopDbContext db,
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
        seeded.Found = SeededAdministrator.Account.NoAddress;
        if (email.Length == 0) return;

        var existing = await users.FindByEmailAsync(email);
        var anyAdmin = (await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0;
        seeded.Found = existing is null ? SeededAdministrator.Account.NoAccount
            : await users.IsInRoleAsync(existing, Roles.Admin) ? SeededAdministrator.Account.Administrator
            : SeededAdministrator.Account.NotAnAdministrator;
        if (existing is not null)
        {
            if (seeded.Found == SeededAdministrator.Account.NotAnAdministrator)
                log.LogWarning(anyAdmin
                    ? "{Email} (Shop:Admin:Email) has an account that is not an administrator; starting the shop grants it no role. If it should be one, an administrator makes it Admin on its page under /admin/customers."
                    : "{Email} (Shop:Admin:Email) has an account that is not an administrator, and the shop has no administrator; starting the shop grants no role to an existing account. Set Shop:Admin:Email to an address without an account to create a new administrator at the next start.", email);
            return;
        }
        if (anyAdmin)
        {
            // The first administrator changed its address, or another one took over: a configured password creates no second one.
            log.LogInformation("No administrator seeded: the shop has one already, and no account uses {Email} (Shop:Admin:Email).", email);
            return;
        }

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

        await db.InTransactionAsync(async _ =>
        {
            var admin = new ShopUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Administrator", CreatedAt = clock.GetUtcNow() };
            Check(await users.CreateAsync(admin, password), $"create administrator {email}");
            Check(await users.AddToRoleAsync(admin, Roles.Admin), "add administrator to Admin");
            return true;
        }, cancellationToken);
        seeded.Found = SeededAdministrator.Account.Administrator;
        if (generated) seeded.GeneratedPassword = password;
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
