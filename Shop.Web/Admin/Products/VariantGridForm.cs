using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The grid of a product's variants, saved in one post: each row's SKU, price, weight, picture and published flag,
/// and a "new stock" that becomes a stock correction by the difference from the stock the page showed.
/// </summary>
public sealed class VariantGridForm
{
    /// <summary>From the route, never from the form.</summary>
    [BindNever, ValidateNever]
    public int ProductId { get; set; }
    public int Version { get; set; }
    public List<VariantRow> Variants { get; set; } = [];

    /// <summary>The product's pictures to choose from ("" is the main picture).</summary>
    [BindNever, ValidateNever]
    public IReadOnlyList<SelectListItem> Pictures { get; set; } = [];

    [BindNever, ValidateNever]
    public bool HasOptions { get; set; }

    [BindNever, ValidateNever]
    public decimal ProductPrice { get; set; }

    /// <summary>The product's content ("500 ml"), what an empty content cell means; empty when it has none.</summary>
    [BindNever, ValidateNever]
    public string ProductContent { get; set; } = "";

    public IReadOnlyList<VariantChange> Changes() =>
        Variants.Select(r => new VariantChange(r.Id, r.Sku ?? "", r.Price, r.CompareAtPrice, r.WeightGrams,
            string.IsNullOrWhiteSpace(r.ImagePath) ? null : r.ImagePath, r.IsPublished, NetContent.Parse(r.Content), r.Gtin)).ToList();

    public static VariantGridForm Of(Product p) => new VariantGridForm
    {
        ProductId = p.Id,
        Version = p.Version,
        Variants = p.Variants.OrderBy(v => v.Position).Select(v => new VariantRow
        {
            Id = v.Id,
            Sku = v.Sku,
            Gtin = v.Gtin,
            Price = v.Price,
            CompareAtPrice = v.CompareAtPrice,
            WeightGrams = v.WeightGrams,
            Content = v.Content?.ToString(),
            ImagePath = v.ImagePath ?? "",
            IsPublished = v.IsPublished,
            ShownStock = v.StockOnHand,
            NewStock = v.StockOnHand,
        }).ToList(),
    }.Dressed(p);

    /// <summary>Fills what the grid shows but never posts back: titles, the picture choices, the product's price.</summary>
    public VariantGridForm Dressed(Product p)
    {
        ProductId = p.Id;
        HasOptions = p.HasOptions;
        ProductPrice = p.Price;
        ProductContent = p.Content?.ToString() ?? "";
        var titles = p.Variants.ToDictionary(v => v.Id, v => v.Title.Length > 0 ? v.Title : p.Name);
        foreach (var row in Variants) row.Title = titles.GetValueOrDefault(row.Id, "(removed)");
        Pictures = [new SelectListItem(Languages.ShopText.Translate("Main picture"), ""),
            .. p.Images.OrderBy(i => i.Position).Select((i, n) =>
                new SelectListItem(i.AltText.Length > 0 ? $"{n + 1}. {Short(i.AltText)}" : Languages.ShopText.Translate("Picture {0}", n + 1), i.Path))];
        return this;
    }

    private static string Short(string text) => text.Length > 30 ? text[..29] + "…" : text;
}

public sealed class VariantRow
{
    public int Id { get; set; }
    public string? Sku { get; set; }
    /// <summary>The barcode number (EAN, UPC); empty: none.</summary>
    public string? Gtin { get; set; }
    /// <summary>Empty: the product's price.</summary>
    public decimal? Price { get; set; }
    public decimal? CompareAtPrice { get; set; }
    [Display(Name = "Weight in grams")]
    public int? WeightGrams { get; set; }
    /// <summary>"500 ml"; empty: the product's content.</summary>
    public string? Content { get; set; }
    /// <summary>One of the product's pictures; empty for the main picture.</summary>
    public string? ImagePath { get; set; }
    public bool IsPublished { get; set; }
    /// <summary>The stock the page showed; the change to <see cref="NewStock"/> is what moves.</summary>
    public int ShownStock { get; set; }
    /// <summary>Empty or unchanged: no stock move.</summary>
    [Display(Name = "New stock")]
    public int? NewStock { get; set; }

    [BindNever, ValidateNever]
    public string Title { get; set; } = "";

    /// <summary>Under the EU's rule, which prior price shoppers see struck through (<see cref="ReductionHint"/>).</summary>
    [BindNever, ValidateNever]
    public string? ReductionHint { get; set; }

    public int StockDelta => NewStock is { } n ? new StockEdit(ShownStock, n).Delta : 0;
}
