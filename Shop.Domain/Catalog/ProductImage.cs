namespace Shop.Domain.Catalog;

/// <summary>One picture of a product's gallery: where it is, what it shows (alt text), and its place in the order.</summary>
public class ProductImage
{
    public const int MaxAltTextLength = 200;
    public const int MaxPathLength = 300;

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public string Path { get; private set; } = "";
    public string AltText { get; private set; } = "";
    public int Position { get; internal set; }

    private ProductImage() { }

    internal ProductImage(string path, string? altText, int position)
    {
        Path = Guard.Text(path, "A picture's path", MaxPathLength);
        Describe(altText);
        Position = position;
    }

    internal void Describe(string? altText) => AltText = Guard.Text(altText, "Alt text", MaxAltTextLength, allowEmpty: true);
}
