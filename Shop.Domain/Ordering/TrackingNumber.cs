namespace Shop.Domain.Ordering;

/// <summary>The carrier's reference for a parcel as staff type it: one line, at most 100 characters, trimmed.</summary>
public static class TrackingNumber
{
    public const int MaxLength = 100;
    public const string NotOneLine = "A tracking number fits on one line, without tabs or line breaks.";

    // A tab or line break splits the number in the shopper's mail and breaks the carrier's tracking link.
    public static bool IsOneLine(string? typed) => !(typed ?? "").Trim().Any(char.IsControl);

    internal static string Checked(string? typed)
    {
        var text = Guard.Text(typed, "trackingNumber", MaxLength);
        return IsOneLine(text) ? text : throw new DomainException(NotOneLine);
    }
}
