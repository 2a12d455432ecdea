using System.Security.Cryptography;

namespace Shop.Domain.Ordering;

/// <summary>
/// Order numbers people can read out on the phone: "SHP-7K3Q-X9MA". They are made before the order is saved
/// (the payment gateway needs one as orderId), so they are random rather than a database sequence: 40 bits from
/// an alphabet without 0/O, 1/I/L. The database's unique index catches the (rare) clash; the caller retries.
/// </summary>
public static class OrderNumber
{
    public const string Prefix = "SHP-";
    private const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string New()
    {
        Span<char> chars = stackalloc char[9];
        for (var i = 0; i < chars.Length; i++)
            chars[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return Prefix + new string(chars);
    }

    public static bool IsValid(string? number) =>
        number is { Length: 13 } n && n.StartsWith(Prefix, StringComparison.Ordinal) && n[8] == '-'
        && n.AsSpan(4).ToString().Replace("-", "", StringComparison.Ordinal).All(c => Alphabet.Contains(c));
}
