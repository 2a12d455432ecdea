using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Shop.Web.Data;
using Shop.Web.Mail;
using Shop.Web.Shared;

namespace Shop.Web.Account;

public static class AccountSetup
{
    /// <summary>ASP.NET Core Identity with our own pages, the auth cookie, mail, and the account services.</summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.Configure<AdminAccountOptions>(configuration.GetSection(AdminAccountOptions.Section));

        services.AddIdentity<ShopUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // The user name is the email, which may hold an apostrophe or letters beyond ASCII (o'hara@, jürgen@):
                // the email's own check applies, not Identity's default list of user-name characters.
                o.User.AllowedUserNameCharacters = "";
                o.SignIn.RequireConfirmedEmail = true;
                // Length and a common-password list (CommonPasswordValidator) instead of composition rules.
                o.Password.RequiredLength = 10;
                o.Password.RequiredUniqueChars = 4; // its message is in ShopText with the 4 written out
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = UnknownEmailAttempts.MaxAttempts;
                o.Lockout.DefaultLockoutTimeSpan = UnknownEmailAttempts.LockoutFor;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ShopDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<SessionClaims>();

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = options.LinkLifetime);
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = options.SessionCheckInterval;
            o.OnRefreshingPrincipal = SignedOutSessions.KeepSession;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "shop.auth";
            CookieSecurity.Apply(o.Cookie, environment);
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = options.RememberMeFor;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            // Identity re-reads the user (security stamp, roles) once per SessionCheckInterval. Between checks there is
            // nothing to do, so its validator and all it stands on (sign-in and user managers, stores, a database
            // context) are not even built: on every signed-in page that was a good part of the request's cost.
            // The same check refuses a session signed out elsewhere (SignedOutSessions).
            o.Events.OnValidatePrincipal = async context =>
            {
                var services = context.HttpContext.RequestServices;
                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                if (context.Properties.IssuedUtc is { } issued && now - issued <= options.SessionCheckInterval) return;
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                if (context.Principal is { } user
                    && await services.GetRequiredService<SignedOutSessions>().HasEndedAsync(user, context.HttpContext.RequestAborted))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                }
            };
            o.Events.OnSigningOut = async context =>
            {
                foreach (var listener in context.HttpContext.RequestServices.GetServices<ISignOutListener>())
                    await listener.SignedOutAsync(context.HttpContext);
            };
            // A signed-in shopper on a staff page gets a plain 403 (the shop's error page), not a redirect.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o => CookieSecurity.Apply(o.Cookie, environment));
        }

        services.TryAddTimeProvider();
        services.AddMail(configuration);
        services.AddSingleton<UnknownEmailAttempts>();
        services.AddSingleton<MailAllowance>();
        services.AddSingleton<EmailUndo>();
        services.AddScoped<Reauthentication>();
        services.AddScoped<SignedOutSessions>();
        services.AddScoped<PendingAuthenticatorKey>();
        services.AddHttpContextAccessor();
        services.AddScoped<AccountMail>();
        services.AddScoped<AddressBook>();
        services.AddScoped<GuestAccounts>();
        services.AddSingleton<UsedResetLinks>();
        services.AddScoped<AccountErasure>();
        services.AddScoped<PersonalDataCopy>();
        services.AddScoped<AdminSeeder>();
        services.AddSingleton<SeededAdministrator>();
        services.AddScoped<AdminPasswordReset>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }

    /// <summary>Roles, and the administrator from Shop:Admin. Runs after the database is migrated; safe to run on every start.</summary>
    public static async Task SeedAccountsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdminSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
    }
}
