namespace Shop.Web.Documents;

public static class DocumentsSetup
{
    /// <summary>Packing slips and invoices as PDF, with the shop's business details and invoice numbers.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<BusinessOptions>(configuration.GetSection(BusinessOptions.Section));
        services.AddSingleton<DocumentFonts>();
        services.AddHostedService(sp => sp.GetRequiredService<DocumentFonts>());
        services.AddScoped<InvoiceNumbers>();
        services.AddScoped<CreditNoteNumbers>();
        services.AddScoped<OrderDocuments>();
        return services;
    }
}
