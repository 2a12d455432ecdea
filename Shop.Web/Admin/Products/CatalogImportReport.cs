namespace Shop.Web.Admin.Products;

/// <summary>What an import did: either every row applied, or nothing written and the problems listed; and how the file was read.</summary>
public sealed record CatalogImportReport(IReadOnlyList<ImportProblem> Problems, int Created, int Updated)
{
    public bool Applied => Problems.Count == 0;

    /// <summary>How the file separated its cells and wrote its numbers (told by its header line).</summary>
    public CatalogFileFormat Format { get; init; } = CatalogFileFormat.Comma;

    /// <summary>"Read as separated by semicolons, …", said when the file was not the shop's own comma format; else null.</summary>
    public string? ReadAs => Format == CatalogFileFormat.Comma ? null : Languages.ShopText.Translate("The file was read as {0}.", Languages.ShopText.Translate(Format.Description));

    public static CatalogImportReport Refused(params ImportProblem[] problems) => new(problems, 0, 0);
}
