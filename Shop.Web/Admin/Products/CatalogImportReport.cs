namespace Shop.Web.Admin.Products;

/// <summary>What an import did: either every row applied, or nothing written and the problems listed.</summary>
public sealed record CatalogImportReport(IReadOnlyList<ImportProblem> Problems, int Created, int Updated)
{
    public bool Applied => Problems.Count == 0;

    public static CatalogImportReport Refused(params ImportProblem[] problems) => new(problems, 0, 0);
}
