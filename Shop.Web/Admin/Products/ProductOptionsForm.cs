using Shop.Domain.Catalog;

namespace Shop.Web.Admin.Products;

/// <summary>
/// The options editor: up to <see cref="Product.MaxOptions"/> rows of a name and its values separated by commas.
/// Empty rows are unused; no rows at all makes the product one without options again.
/// </summary>
public sealed class ProductOptionsForm
{
    /// <summary>The product's version when the page was opened; a save from an older version is refused.</summary>
    public int Version { get; set; }
    public List<OptionRow> Rows { get; set; } = [];
    /// <summary>Staff were shown which variants with stock the new options remove, and said yes.</summary>
    public bool ConfirmRemoval { get; set; }

    /// <summary>The filled rows as the product takes them.</summary>
    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Defined() =>
        Rows.Where(o => !o.IsEmpty).Select(o => ((o.Name ?? "").Trim(), o.ValueList())).ToList();

    /// <summary>Always a row per possible option, so staff can fill an unused one.</summary>
    public ProductOptionsForm Padded()
    {
        while (Rows.Count < Product.MaxOptions) Rows.Add(new OptionRow());
        return this;
    }

    public static ProductOptionsForm Of(Product p) => new ProductOptionsForm
    {
        Version = p.Version,
        Rows = p.Options.OrderBy(o => o.Position).Select(o => new OptionRow { Name = o.Name, Values = string.Join(", ", o.Values) }).ToList(),
    }.Padded();
}

public sealed class OptionRow
{
    public string? Name { get; set; }
    /// <summary>"S, M, L": split at commas, spaces around each value dropped.</summary>
    public string? Values { get; set; }

    public IReadOnlyList<string> ValueList() =>
        (Values ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && ValueList().Count == 0;
}
