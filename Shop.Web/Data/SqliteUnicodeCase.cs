using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Shop.Web.Data;

/// <summary>
/// SQLite's own <c>lower()</c> folds ASCII letters only, so a staff search for "éclair" missed "Éclair", and "KÜCHE"
/// and "Küche" were two names. Each SQLite connection the shop makes gets a <c>lower()</c> that folds every letter, as
/// PostgreSQL's does. Registered once per connection object; Microsoft.Data.Sqlite applies it again on every open.
/// </summary>
public sealed class SqliteUnicodeCase : DbConnectionInterceptor
{
    public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
    {
        if (result is SqliteConnection sqlite)
            sqlite.CreateFunction<string?, string?>("lower", text => text?.ToLowerInvariant(), isDeterministic: true);
        return result;
    }
}
