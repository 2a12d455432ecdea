namespace Shop.Web.Mail;

public static class MailSetup
{
    /// <summary>SMTP when Mail:Smtp:Host is set, otherwise the mail drop folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MimeMessages>();
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutbox>());
        if (string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:Smtp:Host"]))
            services.AddSingleton<IMailSender, MailDropFolder>();
        else
            services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
