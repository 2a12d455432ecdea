namespace Shop.Domain.Catalog;

/// <summary>One row of staff's variant grid: what a variant should be after the save (stock moves separately).</summary>
/// <remarks><see cref="Content"/>: null for the product's. <see cref="Gtin"/>: as staff typed it; empty for none.</remarks>
public sealed record VariantChange(int VariantId, string Sku, decimal? Price, decimal? CompareAtPrice, int? WeightGrams, string? ImagePath, bool Published,
    NetContent? Content, string? Gtin);
