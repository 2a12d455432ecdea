namespace Shop.Domain.Catalog;

/// <summary>One way a product comes (Size, Colour, Material) and its values, in the order shoppers see them.</summary>
public class ProductOption
{
    public const int MaxNameLength = 40;
    public const int MaxValueLength = 40;
    public const int MaxValues = 30;

    public int ProductId { get; private set; }
    /// <summary>1, 2 or 3: which of a variant's option values belongs to this option.</summary>
    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public List<string> Values { get; private set; } = [];

    private ProductOption() { }

    internal ProductOption(int position, string name, IEnumerable<string> values)
    {
        Position = position;
        Name = Guard.Text(name, "An option's name", MaxNameLength);
        Values = values.Select(v => Guard.Text(v, $"A value of {Name}", MaxValueLength)).ToList();
        if (Values.Count == 0) throw new DomainException($"Give {Name} at least one value.");
        if (Values.Count > MaxValues) throw new DomainException($"{Name} has more than {MaxValues} values.");
        if (Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Values.Count)
            throw new DomainException($"{Name} lists a value twice.");
    }
}
