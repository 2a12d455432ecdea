namespace Shop.Web.Shared;

/// <summary><c>Shop:PublicUrl</c>, checked once at start: required in Production, an absolute http(s) URL when set.</summary>
public sealed record ShopUrl(Uri? Value)
{
    public const string Key = "Shop:PublicUrl";

    public static ShopUrl From(IConfiguration configuration, IHostEnvironment environment)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            if (environment.IsProduction())
                throw new StartupFailure(
                    $"{Key} is not set: set it to the address shoppers use (for example https://shop.example, environment variable Shop__PublicUrl): links in mails are built from it, and only its host is served.");
            return new ShopUrl((Uri?)null);
        }
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment) || !string.IsNullOrEmpty(uri.UserInfo))
            throw new StartupFailure($"{Key} must be an absolute http or https address such as https://shop.example, not '{text}'.");
        return new ShopUrl(uri);
    }

    /// <summary>The hosts the shop answers to: the configured AllowedHosts, or in Production only the public host.</summary>
    public string[] AllowedHosts(IConfiguration configuration, IHostEnvironment environment)
    {
        var listed = (configuration["AllowedHosts"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var any = listed.Length == 0 || listed.Contains("*");
        if (!environment.IsProduction() || Value is null) return any ? ["*"] : listed;
        return any ? [Value.IdnHost] : listed.Append(Value.IdnHost).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
    }
}
