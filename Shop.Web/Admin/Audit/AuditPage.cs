using Shop.Web.Shared;

namespace Shop.Web.Admin.Audit;

public sealed record AuditPage(PageOf<AuditEntry> Entries, string? EntityType, string? EntityId, IReadOnlyList<string> EntityTypes);
