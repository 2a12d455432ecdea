using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shop.Web.Data;

namespace Shop.Web.Content;

public sealed class ContentPagesController(ShopDbContext db) : Controller
{
    [HttpGet("/pages/{slug}")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        var page = await db.ContentPages.AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug, ct);
        return page is null ? NotFound() : View(page);
    }
}
