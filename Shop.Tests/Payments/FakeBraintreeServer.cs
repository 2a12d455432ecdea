using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Shop.Tests.Payments;

/// <summary>
/// A stand-in for Braintree's GraphQL endpoint on 127.0.0.1 (Kestrel, port 0). It records every request and answers
/// with whatever the test set in <see cref="Answer"/>, so a test states exactly what "Braintree" says.
/// </summary>
public sealed class FakeBraintreeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeBraintreeServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>How to answer a request. Default: 200 with an empty data object.</summary>
    public Func<RecordedRequest, HttpContext, Task> Answer { get; set; } = (_, ctx) => Json(ctx, """{"data":{}}""");

    public static async Task<FakeBraintreeServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FakeBraintreeServer? server = null;
        app.MapPost("/graphql", async (HttpContext ctx) =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var recorded = new RecordedRequest(
                ctx.Request.Headers.Authorization.ToString(),
                ctx.Request.Headers["Braintree-Version"].ToString(),
                ctx.Request.ContentType ?? "",
                await reader.ReadToEndAsync(ctx.RequestAborted));
            server!.Requests.Enqueue(recorded);
            await server.Answer(recorded, ctx);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server = new FakeBraintreeServer(app, new Uri(new Uri(address), "/graphql"));
        return server;
    }

    public static async Task Json(HttpContext ctx, string json, int status = 200)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync(json, ctx.RequestAborted);
    }

    /// <summary>Answers every request with this body and status.</summary>
    public void Always(string body, int status = 200, string contentType = "application/json") =>
        Answer = async (_, ctx) =>
        {
            ctx.Response.StatusCode = status;
            ctx.Response.ContentType = contentType;
            await ctx.Response.WriteAsync(body, ctx.RequestAborted);
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One request as the fake received it.</summary>
public sealed record RecordedRequest(string Authorization, string BraintreeVersion, string ContentType, string Body)
{
    private JsonElement Root => JsonDocument.Parse(Body).RootElement;

    public string Query => Root.GetProperty("query").GetString()!;

    public JsonElement Variables => Root.GetProperty("variables");

    public JsonElement Input => Variables.GetProperty("input");
}
