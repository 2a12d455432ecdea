using Microsoft.AspNetCore.Mvc;
using Shop.Web.Mail.Viewer;

namespace Shop.Web.Mail;

public static class MailSetup
{
    /// <summary>SMTP when Mail:Smtp:Host is set, otherwise the mail drop folder.</summary>
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<MimeMessages>();
        services.AddSingleton<DroppedMails>();
        // The mail viewer exists in Development only, whatever the configuration says.
        services.AddOptions<MvcOptions>().Configure<IHostEnvironment>((o, env) =>
        {
            if (!env.IsDevelopment()) o.Conventions.Add(new DevelopmentOnlyControllers(typeof(DevMailController)));
        });
        services.AddSingleton<MailOutbox>();
        services.AddHostedService(sp => sp.GetRequiredService<MailOutbox>());
        if (string.IsNullOrWhiteSpace(configuration[$"{MailOptions.Section}:Smtp:Host"]))
            services.AddSingleton<IMailSender, MailDropFolder>();
        else
            services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
