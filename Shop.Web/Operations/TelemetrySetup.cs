using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Shop.Web.Operations;

/// <summary>
/// Logs carry the request's trace id (console scopes); metrics and traces (ASP.NET Core, HttpClient — the payment
/// gateway — and the runtime) go to an OTLP collector when OpenTelemetry:OtlpEndpoint is set, and nowhere otherwise.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "shop-web";

    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.IncludeScopes = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
            o.UseUtcTimestamp = true;
        });

        var endpoint = builder.Configuration["OpenTelemetry:OtlpEndpoint"];
        if (string.IsNullOrWhiteSpace(endpoint)) return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(ServiceName, serviceInstanceId: Environment.MachineName))
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                .AddMeter("Shop").AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o => o.Filter = c => !c.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation().AddSource("Shop").AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        return builder;
    }
}
