using Shop.Web;
using Shop.Web.Account;
using Shop.Web.Admin;
using Shop.Web.Cart;
using Shop.Web.Catalog;
using Shop.Web.Checkout;
using Shop.Web.Data;
using Shop.Web.Live;
using Shop.Web.Operations;
using Shop.Web.Orders;
using Shop.Web.Payments;
using Shop.Web.Shared;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopSettingsFile();
builder.AddTelemetry();
builder.Services.Configure<ShopOptions>(builder.Configuration.GetSection(ShopOptions.Section));

builder.Services.AddOperations(builder.Configuration);
builder.Services.AddScaleOut(builder.Configuration, builder.Environment);
builder.Services.AddShopMvc(builder.Environment);
builder.Services.AddShopRateLimits(builder.Configuration);
builder.Services.AddShopData(builder.Configuration, builder.Environment);
builder.Services.AddCatalog();
builder.Services.AddAccounts(builder.Configuration, builder.Environment);
builder.Services.AddCart();
builder.Services.AddPayments(builder.Configuration);
builder.Services.AddCheckout(builder.Configuration);
builder.Services.AddOrders();
builder.Services.AddAdmin();
builder.Services.AddLive();

var app = builder.Build();
if (MigrateCommand.IsRequested(args)) return await MigrateCommand.RunAsync(app);
if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
{
    await app.PrepareDatabaseAsync();
    await app.SeedAccountsAsync();
}
await app.WarmUpCheckoutAsync();

app.UseForwardedHeadersFromKnownProxies();
app.UseLiveOriginCheck();
app.UseShopPipeline();
app.MapLiveHubs();
app.MapHealthEndpoints();
await app.RunAsync();
return 0;
