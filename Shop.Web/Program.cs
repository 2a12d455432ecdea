using Shop.Web;
using Shop.Web.Account;
using Shop.Web.Catalog;
using Shop.Web.Data;
using Shop.Web.Shared;

var builder = WebApplication.CreateBuilder(args);
builder.AddShopSettingsFile();
builder.Services.Configure<ShopOptions>(builder.Configuration.GetSection(ShopOptions.Section));

builder.Services.AddShopMvc();
builder.Services.AddShopData(builder.Configuration, builder.Environment);
builder.Services.AddCatalog();
builder.Services.AddAccounts(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.PrepareDatabaseAsync();
await app.SeedAccountsAsync();
app.UseShopPipeline();
await app.RunAsync();
