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
        if (Found is { } fonts)
        {
            log.LogDebug("Packing slips and invoices print with {Fonts}", string.Join(", ", fonts.All.Select(f => f.FileName)));
            // One warning, not one per document: without these faces such characters print as "�".
            if (fonts.Missing.Count > 0)
                log.LogWarning("No font for {Writes} under {Folder}: packing slips and invoices print them as \"\uFFFD\". Install {Packages} "
                    + "(Debian/Ubuntu) or put {Files} in Shop:Business:FontDirectory.",
                    string.Join(", ", fonts.Missing.Select(m => m.Writes)), Folder, string.Join(" and ", fonts.Missing.Select(m => m.Package).Distinct()),
                    string.Join(", ", fonts.Missing.Select(m => m.Files[0])));
        }
        else log.LogError("No TrueType font found under {Folder}: packing slips and invoices cannot be printed. Install the "
            + "fonts-dejavu-core package (Debian/Ubuntu) or set Shop:Business:FontDirectory to a folder holding DejaVuSans.ttf.",
            Folder);
        return Task.CompletedTask;
    }

    private string Folder => string.IsNullOrWhiteSpace(business.Value.FontDirectory) ? "/usr/share/fonts" : business.Value.FontDirectory;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
