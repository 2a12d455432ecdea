using Shop.Domain.Reviews;
using Shop.Web.Catalog;
using Shop.Web.Shared;

namespace Shop.Web.Reviews;

/// <summary>All of a product's approved reviews, a page at a time: the product page shows the newest few.</summary>
public sealed record ReviewList(int ProductId, string ProductName, string Slug, Rating Rating, PageOf<ReviewView> Reviews);
