namespace Shop.Domain;

/// <summary>Guard clauses shared by the domain's constructors and methods.</summary>
internal static class Guard
{
    public static string Text(string? value, string name, int maxLength, bool allowEmpty = false)
    {
        var text = (value ?? "").Trim();
        if (!allowEmpty && text.Length == 0) throw new DomainException($"{name} is required.");
        if (text.Length > maxLength) throw new DomainException($"{name} is longer than {maxLength} characters.");
        return text;
    }
}
