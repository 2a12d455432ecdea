using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Categories;
using Shop.Web.Admin.Customers;
using Shop.Web.Admin.Dashboard;
using Shop.Web.Admin.Discounts;
using Shop.Web.Admin.Orders;
using Shop.Web.Admin.Products;
using Shop.Web.Admin.Returns;
using Shop.Web.Admin.Settings;
using Shop.Web.Admin.Stock;
using Shop.Web.Admin.Team;

namespace Shop.Web.Admin;

public static class AdminSetup
{
    /// <summary>The staff pages under /admin. Validators are picked up by MvcSetup's assembly scan.</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditTrail>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<ProductAdmin>();
        services.AddScoped<ProductImages>();
        services.AddScoped<ProductEditor>();
        services.AddScoped<ProductTranslations>();
        services.AddScoped<OptionWordTranslations>();
        services.AddScoped<ProductBulkEdit>();
        services.AddScoped<ProductVariants>();
        services.AddScoped<CatalogExport>();
        services.AddScoped<CatalogImport>();
        services.AddScoped<IProductUsage, OrderedProductUsage>();
        services.AddScoped<IProductUsage, DiscountedProductUsage>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<CategoryTranslations>();
        services.AddScoped<DiscountAdmin>();
        services.AddScoped<StockAdjustments>();
        services.AddScoped<CustomerAdmin>();
        services.AddScoped<StaffInvitations>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<InvitationMail>();
        services.AddScoped<ShopSettingsAdmin>();
        services.AddScoped<DashboardQuery>();
        services.AddScoped<StaffOrderQuery>();
        services.AddScoped<StaffOrderActions>();
        services.AddScoped<IFulfilmentQueue, OrdersToFulfil>();
        services.AddScoped<OrdersCsv>();
        services.AddScoped<Reviews.ReviewModeration>();
        services.AddScoped<StaffReturnQuery>();
        services.AddScoped<StaffReturnActions>();
        services.AddScoped<IReturnsToHandle, ReturnsToHandle>();
        // Sales come from orders; a test (or a read replica) may register its own before this call.
        services.TryAddScoped<IDashboardSales, SalesFromOrders>();
        return services;
    }
}
