using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shop.Web.Data;

namespace Shop.Web.Admin.Audit;

/// <summary>
/// Adds an <see cref="AuditEntry"/> to the unit of work; it is saved by the same SaveChanges as the change it
/// describes, so there is never a change without its entry or an entry for a change that rolled back.
/// </summary>
public sealed class AuditTrail(ShopDbContext db, TimeProvider clock)
{
    // Staff read these snapshots: enums by name ("Shipped", not 3), and text as typed ("Grün <b>", not "Gr\u00FCn \u003Cb\u003E").
    // The log page HTML-encodes them like any other text.
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false, Converters = { new JsonStringEnumConverter() }, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public void Record(StaffMember by, string entityType, object entityId, string action, object? before = null, object? after = null) =>
        db.Add(new AuditEntry(clock.GetUtcNow(), by, entityType, Convert.ToString(entityId, System.Globalization.CultureInfo.InvariantCulture) ?? "",
            action, Snapshot(before), Snapshot(after)));

    private static string? Snapshot(object? value) => value switch
    {
        null => null,
        string s => s,
        _ => JsonSerializer.Serialize(value, value.GetType(), Json),
    };
}
