using Microsoft.Extensions.Options;

namespace Shop.Web.Documents;

/// <summary>Looks for the fonts once, at start, and says in the log what packing slips and invoices will use.</summary>
public sealed class DocumentFonts(IOptions<BusinessOptions> business, ILogger<DocumentFonts> log) : IHostedService
{
    private readonly Lazy<PrintingFonts?> _found = new(() => PrintingFonts.Find(business.Value.FontDirectory));

    public PrintingFonts? Found
    {
        get
        {
            _found.Value?.UseForPdf();
            return _found.Value;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (Found is { } fonts) log.LogDebug("Packing slips and invoices print with {Font}", fonts.RegularFile);
        else log.LogError("No TrueType font found under {Folder}: packing slips and invoices cannot be printed. Install the "
            + "fonts-dejavu-core package (Debian/Ubuntu) or set Shop:Business:FontDirectory to a folder holding DejaVuSans.ttf.",
            string.IsNullOrWhiteSpace(business.Value.FontDirectory) ? "/usr/share/fonts" : business.Value.FontDirectory);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
