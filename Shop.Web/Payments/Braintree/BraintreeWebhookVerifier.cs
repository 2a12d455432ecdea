using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Shop.Web.Payments.Braintree;

/// <summary>
/// Checks a webhook's bt_signature against its bt_payload exactly as Braintree's SDKs do
/// (braintree.md §4): pick the "publicKey|hexsig" pair for our public key, HMAC-SHA1 the payload with
/// SHA1(privateKey) as the key, compare in constant time, accepting the payload with or without a trailing "\n".
/// </summary>
public sealed class BraintreeWebhookVerifier
{
    private readonly string _publicKey;
    private readonly byte[] _hmacKey;

    public BraintreeWebhookVerifier(IOptions<BraintreeOptions> options)
        : this(options.Value.PublicKey, options.Value.PrivateKey) { }

    public BraintreeWebhookVerifier(string publicKey, string privateKey)
    {
        _publicKey = publicKey ?? "";
        // Braintree keys the HMAC with the SHA-1 digest of the private key, not the key itself.
        _hmacKey = SHA1.HashData(Encoding.UTF8.GetBytes(privateKey ?? ""));
    }

    /// <summary>True only for a payload signed with our key pair. Never throws for hostile input.</summary>
    public bool IsAuthentic(string? signature, string? payload)
    {
        if (signature is null || payload is null || _publicKey.Length == 0) return false;
        if (!payload.All(IsPayloadChar)) return false;

        string? expected = null;
        foreach (var pair in signature.Split('&'))
        {
            var bar = pair.IndexOf('|');
            if (bar < 0) continue;
            if (pair[..bar] == _publicKey)
            {
                // The SDK splits on '|' and takes the second part; anything after a second '|' is not a signature.
                var rest = pair[(bar + 1)..];
                var next = rest.IndexOf('|');
                expected = next < 0 ? rest : rest[..next];
                break;
            }
        }
        if (expected is null) return false;

        return Matches(expected, payload) | Matches(expected, payload + "\n");
    }

    /// <summary>Lowercase hex HMAC-SHA1 of <paramref name="message"/>; what Braintree puts after "publicKey|".</summary>
    public string Sign(string message) =>
        Convert.ToHexStringLower(HMACSHA1.HashData(_hmacKey, Encoding.UTF8.GetBytes(message)));

    private bool Matches(string signature, string payload) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(payload)), Encoding.ASCII.GetBytes(signature));

    private static bool IsPayloadChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '+' or '=' or '/' or '\n';
}
