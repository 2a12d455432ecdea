using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Shop.Web.Data;

/// <summary>
/// On PostgreSQL, one `migrate` (or node migrating at start) at a time per database: a session advisory lock, taken in
/// the server's maintenance database because the shop's database may not exist yet (its creation raced too). A second
/// run waits here, then finds nothing to do. EF's own migration lock on PostgreSQL (LOCK TABLE on the history table)
/// is held per migration transaction and taken after the database is created, so two runs still interleaved.
/// A run that dies releases the lock with its connection.
/// </summary>
public sealed class MigrationTurn : IAsyncDisposable
{
    private readonly NpgsqlConnection? _connection;
    private readonly long _key;

    private MigrationTurn(NpgsqlConnection? connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>Waits for the turn to migrate the database of <paramref name="connectionString"/>; no wait when it is not PostgreSQL.</summary>
    public static async Task<MigrationTurn> TakeAsync(ShopDbContext db, string? connectionString, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql() || string.IsNullOrWhiteSpace(connectionString)) return new MigrationTurn(null, 0);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var key = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("shop-migrate:" + builder.Database)));
        builder.Database = "postgres";
        builder.Pooling = false; // the lock lives as long as this session, not as long as a pooled connection
        var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(ct);
        await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { Parameters = { new("key", key) } };
        await take.ExecuteNonQueryAsync(ct);
        return new MigrationTurn(connection, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is null) return;
        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", _connection) { Parameters = { new("key", _key) } })
            await release.ExecuteNonQueryAsync();
        await _connection.DisposeAsync();
    }
}
