using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Shop.Web.Data;

/// <summary>
/// A save refused by a unique index: someone saved the same value between our check and our write. Validators catch
/// the ordinary case; this is the race they cannot see.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19, SqliteUnique = 2067, SqlitePrimaryKey = 1555;
    private const int SqlServerUniqueIndex = 2601, SqlServerUniqueConstraint = 2627;

    public static bool IsUniqueViolation(this DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == SqliteConstraint && s.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        SqlException s => s.Number is SqlServerUniqueIndex or SqlServerUniqueConstraint,
        PostgresException s => s.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
