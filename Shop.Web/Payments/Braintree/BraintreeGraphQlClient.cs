using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// Sends one GraphQL operation to Braintree and sorts the answer into data/errors or a transport problem. Knows
/// nothing about payments. Logs the operation name, the HTTP status, the time taken and Braintree's requestId —
/// never the variables (nonces, amounts tied to people) or the keys.
/// </summary>
internal sealed class BraintreeGraphQlClient(HttpClient http, BraintreeOptions options, ILogger logger)
{
    private const int MaxBodyChars = 1_000_000;

    /// <param name="safeToRetry">Reads and client tokens only: one more try after a timeout or 5xx. Never charges.</param>
    public async Task<GraphQlReply> SendAsync(string operation, string query, JsonObject variables, bool safeToRetry,
        CancellationToken cancellationToken)
    {
        var reply = await SendOnceAsync(operation, query, variables, cancellationToken);
        if (safeToRetry && reply.Problem is TransportProblem.Timeout or TransportProblem.ServerError or TransportProblem.NotSent)
        {
            logger.LogInformation("Braintree {Operation}: retrying once after {Problem}", operation, reply.Problem);
            reply = await SendOnceAsync(operation, query, variables, cancellationToken);
        }
        return reply;
    }

    private async Task<GraphQlReply> SendOnceAsync(string operation, string query, JsonObject variables,
        CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables.DeepClone() };
        using var request = new HttpRequestMessage(HttpMethod.Post, options.GraphQlEndpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        // Basic auth over the key pair, as Braintree's SDKs do. The header is built per request, so a test or a
        // key rotation never depends on how the HttpClient was set up.
        var pair = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.PublicKey}:{options.PrivateKey}"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", pair);
        request.Headers.Add("Braintree-Version", options.Version);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        // The SDK turns this off: "causes sporadic API errors".
        request.Headers.ExpectContinue = false;

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var text = await ReadBodyAsync(response, timeout.Token);
            var reply = Classify(response.StatusCode, text);
            logger.Log(reply.Problem is null && reply.Errors.Count == 0 ? LogLevel.Information : LogLevel.Warning,
                "Braintree {Operation}: HTTP {Status} in {Elapsed} ms, requestId {RequestId}, errors [{ErrorClasses}], problem {Problem}",
                operation, (int)response.StatusCode, watch.ElapsedMilliseconds, reply.RequestId ?? "-",
                string.Join(",", reply.Errors.Select(e => $"{e.ErrorClass}:{e.LegacyCode}")), reply.Problem?.ToString() ?? "none");
            return reply;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Braintree {Operation}: cancelled by the caller after {Elapsed} ms", operation, watch.ElapsedMilliseconds);
            return GraphQlReply.Failed(TransportProblem.Cancelled, "The request was cancelled before Braintree answered.");
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Braintree {Operation}: no answer within {Timeout} s", operation, options.Timeout.TotalSeconds);
            return GraphQlReply.Failed(TransportProblem.Timeout, $"Braintree did not answer within {options.Timeout.TotalSeconds:0} seconds.");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                                              or HttpRequestError.SecureConnectionError)
        {
            logger.LogWarning("Braintree {Operation}: could not connect ({Error})", operation, ex.HttpRequestError);
            return GraphQlReply.Failed(TransportProblem.NotSent, "Braintree could not be reached.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Braintree {Operation}: connection failed after sending ({Error})", operation, ex.HttpRequestError);
            return GraphQlReply.Failed(TransportProblem.ServerError, "The connection to Braintree broke before it answered.");
        }
    }

    /// <summary>Reads at most <see cref="MaxBodyChars"/> + 1 characters: enough to tell a real answer from a flood.</summary>
    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken), Encoding.UTF8);
        var text = new StringBuilder();
        var buffer = new char[8192];
        int read;
        while (text.Length <= MaxBodyChars && (read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
            text.Append(buffer, 0, read);
        return text.ToString();
    }

    private static GraphQlReply Classify(HttpStatusCode status, string text)
    {
        var code = (int)status;
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            return GraphQlReply.Failed(TransportProblem.Unauthorized, $"Braintree refused our API keys (HTTP {code}).");
        if (code == 408 || code >= 500)
            return GraphQlReply.Failed(TransportProblem.ServerError, $"Braintree answered HTTP {code}.");

        var parsed = Parse(text);
        if (parsed is not null) return parsed;
        return code is >= 200 and < 300
            ? GraphQlReply.Failed(TransportProblem.Garbage, "Braintree's answer could not be read.")
            : GraphQlReply.Failed(TransportProblem.Refused, $"Braintree answered HTTP {code}.");
    }

    private static GraphQlReply? Parse(string text)
    {
        if (text.Length > MaxBodyChars) return null;
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : default;
            var errors = new List<GraphQlError>();
            if (root.TryGetProperty("errors", out var errs) && errs.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in errs.EnumerateArray())
                {
                    if (e.ValueKind != JsonValueKind.Object) continue;
                    var ext = e.TryGetProperty("extensions", out var x) && x.ValueKind == JsonValueKind.Object ? x : default;
                    errors.Add(new GraphQlError(Text(e, "message") ?? "Unknown error.", Text(ext, "errorClass"), Text(ext, "legacyCode")));
                }
            }
            if (data.ValueKind == JsonValueKind.Undefined && errors.Count == 0) return null;
            var extensions = root.TryGetProperty("extensions", out var re) ? re : default;
            return new GraphQlReply(data, errors, null, "", Text(extensions, "requestId"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v)
            ? v.ValueKind switch { JsonValueKind.String => v.GetString(), JsonValueKind.Number => v.GetRawText(), _ => null }
            : null;
}
