using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Mail.Viewer;

/// <summary>
/// /dev/mail: the mails the shop wrote to its drop folder, for a developer to read and follow. The controller
/// exists only in the Development environment (<see cref="DevelopmentOnlyControllers"/>); elsewhere the route is absent.
/// </summary>
[Route(Path)]
public sealed class DevMailController(DroppedMails mails) : Controller
{
    public const string Path = "/dev/mail";

    [HttpGet("")]
    public IActionResult Index() => View(mails.Newest());

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string? id, CancellationToken ct) =>
        await mails.ReadAsync(id, ct) is { } mail ? View(mail) : NotFound();
}
