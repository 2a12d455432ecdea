using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Shop.Web.Languages;
using Shop.Domain.Checkout;

namespace Shop.Web.Admin.Discounts;

/// <summary>The create and edit form for a discount code; times are UTC. The code itself is fixed once made.</summary>
public sealed class DiscountCodeForm
{
    /// <summary>Null when creating.</summary>
    public int? Id { get; set; }
    /// <summary>The code's edit version when the form was opened (<see cref="Data.EditVersions"/>).</summary>
    public int Version { get; set; }
    public string? Code { get; set; }
    public DiscountKind? Kind { get; set; }
    public decimal? Value { get; set; }
    public decimal? MinimumSubtotal { get; set; }
    [Display(Name = "Starts")]
    public DateTime? StartsAt { get; set; }
    [Display(Name = "Ends")]
    public DateTime? EndsAt { get; set; }
    [Display(Name = "Usage limit")]
    public int? UsageLimit { get; set; }
    [Display(Name = "Uses per shopper")]
    public int? UsesPerShopper { get; set; }
    public List<int> ProductIds { get; set; } = [];
    public List<int> CategoryIds { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<SelectListItem> Products { get; set; } = [];

    [BindNever, ValidateNever]
    public IReadOnlyList<SelectListItem> Categories { get; set; } = [];

    public bool IsNew => Id is null;

    public static DateTimeOffset? Moment(DateTime? at) => at is { } t ? ShopTime.Moment(t) : null;
}
