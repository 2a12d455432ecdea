using MimeKit;

namespace Shop.Web.Mail.Viewer;

/// <summary>
/// Reads the drop folder for the mail viewer. Only files directly in it whose name is a drop-folder id are seen,
/// and a mail is found by that id alone, so no request can name any other file.
/// </summary>
public sealed class DroppedMails(IConfiguration configuration, IHostEnvironment environment, IMailSender sender)
{
    private const int Shown = 200;

    public MailList Newest()
    {
        var folder = new DirectoryInfo(MailDropFolder.Folder(configuration, environment));
        if (!folder.Exists) return new MailList([], 0, sender is MailDropFolder);
        var ids = folder.EnumerateFiles("*.eml", SearchOption.TopDirectoryOnly)
            .Where(f => f.LinkTarget is null)
            .Select(f => Path.GetFileNameWithoutExtension(f.Name))
            .Where(id => MailDropFolder.FileId.IsMatch(id))
            .OrderDescending(StringComparer.Ordinal) // the name starts with the time it was written
            .ToList();
        var rows = new List<MailRow>();
        foreach (var id in ids.Take(Shown))
        {
            if (Load(id) is not { } m) continue;
            rows.Add(new MailRow(id, m.Date, m.To.ToString(), m.Subject ?? ""));
        }
        return new MailList(rows, ids.Count, sender is MailDropFolder);
    }

    public async Task<MailPage?> ReadAsync(string? id, CancellationToken ct)
    {
        if (id is null || File(id) is not { } file) return null;
        MimeMessage m;
        try { m = await MimeMessage.LoadAsync(file.FullName, ct); }
        catch (Exception e) when (e is FormatException or IOException) { return null; }
        var body = m.HtmlBody is { } html ? MailText.FromHtml(html) : MailText.FromPlainText(m.TextBody ?? "");
        return new MailPage(id, m.Date, m.From.ToString(), m.To.ToString(), m.Cc.ToString(), m.Subject ?? "",
            body, m.HtmlBody is not null,
            m.Headers.Select(h => (h.Field, h.Value)).ToList(),
            m.Attachments.Select(a => a.ContentDisposition?.FileName ?? a.ContentType.Name ?? a.ContentType.MimeType).ToList());
    }

    private MimeMessage? Load(string id)
    {
        if (File(id) is not { } file) return null;
        try { return MimeMessage.Load(file.FullName); }
        catch (Exception e) when (e is FormatException or IOException) { return null; }
    }

    private FileInfo? File(string? id)
    {
        if (id is null || id.Length > 64 || !MailDropFolder.FileId.IsMatch(id)) return null;
        var file = new FileInfo(Path.Combine(MailDropFolder.Folder(configuration, environment), id + ".eml"));
        return file.Exists && file.LinkTarget is null ? file : null;
    }
}
