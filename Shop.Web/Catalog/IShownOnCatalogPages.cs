namespace Shop.Web.Catalog;

/// <summary>
/// An entity of another feature whose saved change shows on catalog pages (the shop's settings: its name, the delivery
/// promise): <see cref="CatalogChanges"/> announces its save as a catalog edit, so cached pages and data go.
/// </summary>
public interface IShownOnCatalogPages;
