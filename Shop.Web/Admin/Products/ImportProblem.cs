namespace Shop.Web.Admin.Products;

/// <summary>A refused line of an import file: its line number in the file and what is wrong with it.</summary>
public sealed record ImportProblem(int Line, string Message);
