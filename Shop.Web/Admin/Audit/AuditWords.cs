using Shop.Web.Languages;

namespace Shop.Web.Admin.Audit;

/// <summary>
/// An audit entry's kind of record ("DiscountCode") and action ("RoleGranted", "translation de saved") as the log
/// shows them: in words, in the staff member's language. The log keeps them as recorded; filters use those.
/// </summary>
public static class AuditWords
{
    private static readonly StoredSentences Templates = new(["translation {0} saved", "translation {0} removed"]);

    public static string Record(string entityType) => FieldNames.Translate(entityType);

    public static string Action(string action) => Templates.Translate(action) ?? FieldNames.Translate(action);
}
