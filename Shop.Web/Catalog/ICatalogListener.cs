namespace Shop.Web.Catalog;

/// <summary>Hears every committed catalog change (after the cache has forgotten what it changed). Must not block.</summary>
public interface ICatalogListener
{
    void CatalogChanged(CatalogChange change);
}
