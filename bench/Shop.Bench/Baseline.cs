using System.Net;

namespace Shop.Bench;

/// <summary>
/// The ceiling: bare Kestrel returning a fixed HTML page as large as the shop's product list page, on the same
/// machine in the same run. Shop pages are reported as a ratio of this.
/// </summary>
public static class Baseline
{
    public static async Task<int> RunAsync(int port, string htmlFile)
    {
        var html = await File.ReadAllBytesAsync(htmlFile);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        app.MapGet("/", async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = html.Length;
            await context.Response.Body.WriteAsync(html);
        });
        await app.RunAsync();
        return 0;
    }
}
