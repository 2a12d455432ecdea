using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Web.Admin.Products;

[Route("admin/products/bulk")]
public sealed class ProductBulkController(ProductBulkEdit bulk, ProductAdmin products) : AdminController
{
    /// <param name="back">The product table as it was (filters, page), to go back to.</param>
    [HttpPost("")]
    [RequestFormLimits(ValueCountLimit = ProductBulkForm.FieldLimit)]
    public async Task<IActionResult> Apply([CustomizeValidator(Skip = true)] ProductBulkForm form, string? back, CancellationToken ct)
    {
        if (!await ValidAsync(form, ct))
            return Invalid("/Admin/Products/Views/Products/Index.cshtml", await products.ListAsync(null, null, false, false, null, ct));
        if (await bulk.CheckRiseAsync(form, back, ct) is { } check)
            return View("/Admin/Products/Views/Products/ConfirmPrices.cshtml", check);
        var (done, message) = await bulk.ApplyAsync(form, Staff, ct);
        if (!done)
        {
            ModelState.AddModelError("", message);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View("/Admin/Products/Views/Products/Index.cshtml", await products.ListAsync(null, null, false, false, null, ct));
        }
        Notice(message);
        return Redirect(back is { } b && b.StartsWith("/admin/products", StringComparison.Ordinal) && Url.IsLocalUrl(b) ? b : "/admin/products");
    }
}
