using System.Text.Json;

namespace Shop.Web.Payments.Braintree;

/// <summary>Why a GraphQL call produced no usable body.</summary>
internal enum TransportProblem
{
    /// <summary>The request never left (connection refused, DNS): certainly not processed.</summary>
    NotSent,
    /// <summary>HTTP 401/403: our keys are wrong or lack permission.</summary>
    Unauthorized,
    /// <summary>HTTP 404/426/429 and other 4xx without a GraphQL body: refused, not processed.</summary>
    Refused,
    /// <summary>No answer within the timeout: may or may not have been processed.</summary>
    Timeout,
    /// <summary>HTTP 408/5xx, or the connection broke after sending: may or may not have been processed.</summary>
    ServerError,
    /// <summary>A body we cannot read as GraphQL JSON: may or may not have been processed.</summary>
    Garbage,
    /// <summary>The caller's token was cancelled.</summary>
    Cancelled,
}

internal sealed record GraphQlError(string Message, string? ErrorClass, string? LegacyCode);

/// <summary>One GraphQL answer: the data and errors, or the transport problem that left us without them.</summary>
internal sealed record GraphQlReply(JsonElement Data, IReadOnlyList<GraphQlError> Errors, TransportProblem? Problem,
    string Detail, string? RequestId)
{
    public static GraphQlReply Failed(TransportProblem problem, string detail) => new(default, [], problem, detail, null);

    /// <summary>data.&lt;path…&gt;, or an undefined element when any step is missing or null.</summary>
    public JsonElement At(params string[] path)
    {
        var e = Data;
        foreach (var name in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out e)) return default;
        }
        return e.ValueKind == JsonValueKind.Null ? default : e;
    }
}
