namespace Shop.Web.Admin.Orders;

/// <summary>A note on the order's history: internal, or for the shopper (who gets it by mail too).</summary>
public sealed class NoteForm
{
    public string? Text { get; set; }
    public bool ForShopper { get; set; }
}
