namespace Shop.Web.Payments.Braintree;

internal enum FailureKind
{
    /// <summary>Braintree looked at the request and refused it; nothing happened.</summary>
    Invalid,
    /// <summary>Braintree could not be used; nothing happened.</summary>
    Unavailable,
    /// <summary>Something may have happened.</summary>
    Unknown,
}

/// <summary>Turns a reply without the expected data into one of three things the caller can act on.</summary>
internal sealed record Failure(FailureKind Kind, string Code, string Message)
{
    public static Failure Of(GraphQlReply reply)
    {
        switch (reply.Problem)
        {
            case TransportProblem.NotSent or TransportProblem.Refused:
                return new(FailureKind.Unavailable, reply.Problem.ToString()!, reply.Detail);
            case TransportProblem.Unauthorized:
                return new(FailureKind.Unavailable, "AUTHENTICATION", reply.Detail);
            case not null:
                return new(FailureKind.Unknown, reply.Problem.ToString()!, reply.Detail);
        }

        // Several errors can come back; the most telling one wins (a validation error means nothing was done).
        var byClass = reply.Errors.ToLookup(e => e.ErrorClass ?? "UNKNOWN");
        if (byClass["VALIDATION"].FirstOrDefault() is { } validation)
            return new(FailureKind.Invalid, validation.LegacyCode ?? "VALIDATION", validation.Message);
        if (byClass["NOT_FOUND"].FirstOrDefault() is { } notFound)
            return new(FailureKind.Invalid, "NOT_FOUND", notFound.Message);
        foreach (var refusal in new[] { "AUTHENTICATION", "AUTHORIZATION", "RESOURCE_LIMIT", "UNSUPPORTED_CLIENT" })
        {
            if (byClass[refusal].Any())
                return new(FailureKind.Unavailable, refusal, $"Braintree refused the request ({refusal}).");
        }
        if (reply.Errors.FirstOrDefault() is { } other)
            return new(FailureKind.Unknown, other.ErrorClass ?? "UNKNOWN", $"Braintree reported an error ({other.ErrorClass ?? "UNKNOWN"}).");
        return new(FailureKind.Unknown, "EMPTY", "Braintree's answer held neither a result nor an error.");
    }
}
