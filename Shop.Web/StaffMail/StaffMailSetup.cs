namespace Shop.Web.StaffMail;

public static class StaffMailSetup
{
    /// <summary>What staff are mailed (new orders, return requests, stock running low), gathered (<see cref="StaffMailOptions"/>).</summary>
    public static IServiceCollection AddStaffMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<StaffMailOptions>(configuration.GetSection(StaffMailOptions.Section));
        services.AddSingleton<StaffNotices>();
        // Registered after the mail outbox, so stopped before it: what is gathered at a stop still goes out.
        services.AddHostedService(sp => sp.GetRequiredService<StaffNotices>());
        return services;
    }
}
