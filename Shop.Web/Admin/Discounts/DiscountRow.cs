using Shop.Domain;

namespace Shop.Web.Admin.Discounts;

/// <summary>A code in the staff list: its terms in words, whether it can be used now, its uses and what it sold.</summary>
public sealed record DiscountRow(int Id, string Code, string Terms, string State, int TimesUsed, int? UsageLimit,
    bool IsDisabled, int Orders, Money Revenue, Money GivenOff);
