namespace Shop.Web.Admin.Audit;

/// <summary>One staff change: who, when, to what, and the record before and after (short JSON).</summary>
public class AuditEntry
{
    public const int MaxSnapshotLength = 4000;

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserEmail { get; private set; } = "";
    /// <summary>"Product", "Category", "Stock", "User".</summary>
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";
    /// <summary>"Created", "Edited", "Deleted", "Archived", "Published", "Adjusted", "RoleGranted", "Locked", ...</summary>
    public string Action { get; private set; } = "";
    public string? Before { get; private set; }
    public string? After { get; private set; }

    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, StaffMember by, string entityType, string entityId, string action, string? before, string? after)
    {
        At = at;
        UserId = by.UserId;
        UserEmail = by.Email;
        EntityType = entityType;
        EntityId = entityId;
        Action = action;
        Before = Shorten(before);
        After = Shorten(after);
    }

    private static string? Shorten(string? json) =>
        json is null || json.Length <= MaxSnapshotLength ? json : json[..(MaxSnapshotLength - 1)] + "…";
}
