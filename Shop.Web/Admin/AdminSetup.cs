using Microsoft.Extensions.DependencyInjection.Extensions;
using Shop.Web.Admin.Audit;
using Shop.Web.Admin.Categories;
using Shop.Web.Admin.Customers;
using Shop.Web.Admin.Dashboard;
using Shop.Web.Admin.Products;
using Shop.Web.Admin.Stock;

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
        services.AddScoped<CatalogCsv>();
        services.AddScoped<IProductUsage, OrderedProductUsage>();
        services.AddScoped<CategoryAdmin>();
        services.AddScoped<StockAdjustments>();
        services.AddScoped<CustomerAdmin>();
        services.AddScoped<DashboardQuery>();
        // Replaced by an order-backed implementation when one is registered before this call.
        services.TryAddScoped<IDashboardSales, NoSalesYet>();
        return services;
    }
}
