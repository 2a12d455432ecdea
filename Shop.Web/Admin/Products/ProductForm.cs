using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The create and edit form. Never the entity itself: staff can only change what is listed here, and
/// <see cref="ProductAdmin"/> copies it onto the product through the product's own methods.
/// </summary>
public sealed class ProductForm
{
    /// <summary>Null when creating.</summary>
    public int? Id { get; set; }
    /// <summary>The product's version when the form was opened; a save from an older version is refused.</summary>
    public int Version { get; set; }
    public string? Name { get; set; }
    public string? Slug { get; set; }
    public string? Sku { get; set; }
    public string? Description { get; set; }
    /// <summary>Who makes it ("Le Creuset"); empty: the shop's own goods.</summary>
    public string? Brand { get; set; }
    public decimal? Price { get; set; }
    public decimal? CompareAtPrice { get; set; }
    /// <summary>Only when creating: later changes go through a stock adjustment with a reason.</summary>
    [Display(Name = "Opening stock")]
    public int? InitialStock { get; set; }
    [Display(Name = "Category")]
    public int? CategoryId { get; set; }
    public Shop.Domain.Markets.TaxClass TaxClass { get; set; } = Shop.Domain.Markets.TaxClass.Standard;
    /// <summary>Used for every variant without a weight of its own.</summary>
    [Display(Name = "Weight in grams")]
    public int? WeightGrams { get; set; }
    /// <summary>"500 ml": what every variant without its own holds, for the price per 1 l shoppers see.</summary>
    public string? Content { get; set; }
    /// <summary>Not shipped: an e-book, a download, a voucher by mail.</summary>
    public bool IsDigital { get; set; }
    public bool IsPublished { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<SelectListItem> Categories { get; set; } = [];

    [BindNever, ValidateNever]
    public string? ImagePath { get; set; }

    [BindNever, ValidateNever]
    public bool IsArchived { get; set; }

    /// <summary>Under the EU's rule, which prior price shoppers see struck through (<see cref="ReductionHint"/>).</summary>
    [BindNever, ValidateNever]
    public string? ReductionHint { get; set; }

    public bool IsNew => Id is null;

    /// <summary>An empty web address made from the name, one typed as words written as a slug (<see cref="Domain.Catalog.Slug.Written"/>); before validation.</summary>
    public void WriteSlug() => Slug = Domain.Catalog.Slug.Written(Slug, Name);
}
