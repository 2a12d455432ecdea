using Shop.Web;
using Shop.Web.Account;
using Shop.Web.Admin;
using Shop.Web.Cart;
using Shop.Web.Catalog;
using Shop.Web.Checkout;
using Shop.Web.Content;
using Shop.Web.Markets;
using Shop.Web.Data;
using Shop.Web.Documents;
using Shop.Web.Languages;
using Shop.Web.StaffMail;
using Shop.Web.Live;
using Shop.Web.Operations;
using Shop.Web.Orders;
using Shop.Web.Payments;
using Shop.Web.Reviews;
using Shop.Web.Wishlist;
using Shop.Web.BackInStock;
using Shop.Web.Seo;
using Shop.Web.Settings;
using Shop.Web.Shared;

// A failure the operator can fix (port taken, data folder not writable, newer database) ends in one sentence.
try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddShopSettingsFile();
    builder.QuietStartInDevelopment();
    builder.AddTelemetry();
    StartupFailures.CheckDataFolder(builder.Configuration, builder.Environment);
    StartupFailures.CheckShopSettings(builder.Configuration);
    builder.Services.Configure<ShopOptions>(builder.Configuration.GetSection(ShopOptions.Section));
    builder.AddSavedSettings();

    builder.Services.AddOperations(builder.Configuration, builder.Environment);
    builder.Services.AddScaleOut(builder.Configuration, builder.Environment);
    builder.Services.AddShopMvc(builder.Environment);
    builder.Services.AddLanguages(builder.Configuration);
    builder.Services.AddShopRateLimits(builder.Configuration);
    builder.Services.AddShopData(builder.Configuration, builder.Environment);
    builder.Services.AddCatalog(builder.Configuration);
    builder.Services.AddReviews();
    builder.Services.AddWishlist();
    builder.Services.AddBackInStock();
    builder.Services.AddSeo();
    builder.Services.AddContent();
    builder.Services.AddAccounts(builder.Configuration, builder.Environment);
    builder.Services.AddCart();
    builder.Services.AddPayments(builder.Configuration);
    builder.Services.AddCheckout();
    builder.Services.AddMarkets();
    builder.Services.AddStaffMail(builder.Configuration);
    builder.Services.AddOrders(builder.Configuration);
    builder.Services.AddDocuments(builder.Configuration);
    builder.Services.AddAdmin();
    builder.Services.AddLive();

    var app = builder.Build();
    if (MigrateCommand.IsRequested(args)) return await MigrateCommand.RunAsync(app);
    if (CopyDataCommand.IsRequested(args)) return await CopyDataCommand.RunAsync(app, args);
    if (AdminCommand.IsRequested(args)) return await AdminCommand.RunAsync(app);
    if (TextsCommand.IsRequested(args)) return await TextsCommand.RunAsync(app, args);
    StartupFailures.CheckPortsFree(app.Configuration); // before seeding: a first-run password must reach the summary
    if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
    {
        await app.PrepareDatabaseAsync();
        await app.SeedAccountsAsync();
    }
    await app.ReadSavedSettingsAsync();
    await app.WarmUpCheckoutAsync();

    app.UseForwardedHeadersFromKnownProxies();
    app.UseLiveOriginCheck();
    app.UseShopLanguages();
    app.UseSeo();
    app.UseShopPipeline();
    app.MapLiveHubs();
    app.MapHealthEndpoints();
    app.LogStartupSummary();
    app.WarnOfSimulatedPaymentsPerNode();
    var stopped = app.Lifetime.ApplicationStopped; // read now: after the run the service provider is disposed
    try
    {
        await app.RunAsync();
    }
    catch (Exception e) when (stopped.IsCancellationRequested)
    {
        // The shop has stopped (requests answered, queued mail sent); only releasing its services failed. SignalR's Redis
        // backplane, for one, unsubscribes on dispose and throws after a 5 s timeout when Redis went away first.
        Console.Error.WriteLine($"The shop stopped, but releasing its resources failed: {e.GetType().Name}: {e.Message}");
    }
    return 0;
}
catch (Exception e) when (StartupFailures.Explain(e) is { } sentence)
{
    Console.Error.WriteLine(sentence);
    return 1;
}
