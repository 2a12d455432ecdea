namespace Shop.Web.Operations;

/// <summary>One line of the copy's report: a table and the rows written into it.</summary>
public sealed record CopiedTable(string Name, long Rows);
