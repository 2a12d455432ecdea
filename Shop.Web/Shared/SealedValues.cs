using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Shop.Web.Shared;

/// <summary>
/// A value the server seals for a round trip through a form or a mailed link: encrypted, signed and expiring, so it
/// cannot be made up, edited or kept for ever. Works on any node that shares the data-protection keys.
/// </summary>
public sealed class SealedValues(IDataProtectionProvider protection)
{
    private const int MaxLength = 8192;

    public string Seal<T>(string purpose, T value, TimeSpan lifetime) =>
        Protector(purpose).Protect(JsonSerializer.Serialize(value), lifetime);

    /// <summary>Null when missing, cut, forged, expired or not of that shape.</summary>
    public T? Open<T>(string purpose, string? sealedText) where T : class
    {
        if (string.IsNullOrEmpty(sealedText) || sealedText.Length > MaxLength) return null;
        try { return JsonSerializer.Deserialize<T>(Protector(purpose).Unprotect(sealedText)); }
        catch (Exception e) when (e is CryptographicException or JsonException or FormatException) { return null; }
    }

    private ITimeLimitedDataProtector Protector(string purpose) => protection.CreateProtector(purpose).ToTimeLimitedDataProtector();
}
