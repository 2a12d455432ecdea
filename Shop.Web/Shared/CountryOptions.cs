using Microsoft.AspNetCore.Mvc.Rendering;
using Shop.Domain.Checkout;

namespace Shop.Web.Shared;

/// <summary>The country select of every address form: ISO 3166 names, the two-letter code as the value.</summary>
public static class CountryOptions
{
    public static IReadOnlyList<SelectListItem> All { get; } = Countries.All.Select(c => new SelectListItem(c.Name, c.Code)).ToList();
}
