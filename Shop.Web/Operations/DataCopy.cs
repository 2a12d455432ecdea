using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using Shop.Web.Data;

namespace Shop.Web.Operations;

/// <summary>
/// Moves every row of a shop's database into an empty PostgreSQL database, ids kept. Driven by the EF model: each table
/// of the target's model is read from the same table of the source through the source's type mappings (SQLite's ticks,
/// text decimals, integer booleans become model values) and written through the target's, so a new entity is copied
/// without touching this class. One transaction: all or nothing.
/// </summary>
public sealed class DataCopy(ShopDbContext source, PostgresShopDbContext target)
{
    /// <summary>Parameters per INSERT statement, well inside PostgreSQL's limit of 65,535.</summary>
    private const int ParametersPerInsert = 30_000;

    public async Task<IReadOnlyList<CopiedTable>> RunAsync(CancellationToken ct = default)
    {
        await CheckSourceAsync(ct);
        await target.Database.MigrateAsync(ct);

        var from = RelationalModel(source).Tables.ToDictionary(t => t.Name);
        var tables = InForeignKeyOrder(RelationalModel(target).Tables);
        await using var read = await source.Database.BeginTransactionAsync(ct); // one consistent picture of the source
        await using var write = await target.Database.BeginTransactionAsync(ct);

        // A new database holds only what the migrations seed (HasData, e.g. the content pages): that is empty enough.
        var filled = new List<string>();
        foreach (var table in tables)
            if (await CountAsync(target, table, ct) is var rows and > 0 && rows != SeedRows(table)) filled.Add($"{table.Name} ({rows})");
        if (filled.Count > 0)
            throw new DataCopyRefused($"The target database already holds shop data: {string.Join(", ", filled)}. Copy into a new, empty database.");

        var copied = new List<CopiedTable>();
        foreach (var table in tables)
        {
            var sourceTable = from.GetValueOrDefault(table.Name)
                              ?? throw new InvalidOperationException($"The source model has no table {table.Name}.");
            if (SeedRows(table) > 0) await DeleteSeedAsync(table, ct); // the source has its own copy of them, maybe edited
            copied.Add(new CopiedTable(table.Name, await CopyTableAsync(sourceTable, table, ct)));
        }
        foreach (var table in tables) await ContinueIdentitiesAfterCopiedIdsAsync(table, ct);
        await write.CommitAsync(ct);
        return copied;
    }

    /// <summary>The source must exist and be at the model this build knows, or its tables would not match.</summary>
    private async Task CheckSourceAsync(CancellationToken ct)
    {
        if (!await source.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
            throw new DataCopyRefused($"There is no shop database at {source.Database.GetDbConnection().DataSource}; check Shop:DataDirectory and ConnectionStrings:Shop.");
        var pending = (await source.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            throw new DataCopyRefused($"The source database lacks {pending.Count} migration{(pending.Count == 1 ? "" : "s")} ({string.Join(", ", pending)}). " +
                                      "Run `dotnet Shop.Web.dll migrate` with the same settings first, then copy.");
    }

    /// <summary>How many rows the migrations put into a table (its entities' HasData).</summary>
    private static int SeedRows(ITable table) =>
        table.EntityTypeMappings.Select(m => m.TypeBase).OfType<IEntityType>().Sum(e => e.GetSeedData().Count());

    private async Task DeleteSeedAsync(ITable table, CancellationToken ct)
    {
        await using var delete = NewCommand(target);
        delete.CommandText = $"DELETE FROM {target.GetService<ISqlGenerationHelper>().DelimitIdentifier(table.Name, table.Schema)}";
        await delete.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The full model (what migrations see): tables, columns, their type mappings and foreign keys.</summary>
    private static IRelationalModel RelationalModel(DbContext db) => db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

    /// <summary>Principals before dependents, so every foreign key finds its row; ties by name, for a stable report.</summary>
    private static List<ITable> InForeignKeyOrder(IEnumerable<ITable> all)
    {
        var left = all.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        var ordered = new List<ITable>();
        while (left.Count > 0)
        {
            // A table referring to itself would need its rows in order; the shop's model has none.
            var next = left.FirstOrDefault(t => t.ForeignKeyConstraints.All(fk => fk.PrincipalTable == t || ordered.Contains(fk.PrincipalTable)))
                       ?? throw new InvalidOperationException($"Foreign keys go round in a circle among {string.Join(", ", left.Select(t => t.Name))}.");
            ordered.Add(next);
            left.Remove(next);
        }
        return ordered;
    }

    /// <summary>A column to copy: how the source reads it and how the target writes it.</summary>
    private sealed record ColumnCopy(string Name, RelationalTypeMapping From, MethodInfo Read, RelationalTypeMapping To, bool Nullable);

    private async Task<long> CopyTableAsync(ITable from, ITable to, CancellationToken ct)
    {
        var columns = to.Columns
            // The database keeps these on every write (PostgreSQL's xmin row version): never written, nor read.
            .Where(c => !c.PropertyMappings.All(m => m.Property.ValueGenerated == ValueGenerated.OnAddOrUpdate))
            .Select(c =>
            {
                var sourceColumn = from.FindColumn(c.Name) ?? throw new InvalidOperationException($"The source table {from.Name} has no column {c.Name}.");
                var reading = sourceColumn.PropertyMappings[0].TypeMapping;
                return new ColumnCopy(c.Name, reading, reading.GetDataReaderMethod(), c.PropertyMappings[0].TypeMapping, c.IsNullable);
            })
            .ToList();

        var sourceSql = source.GetService<ISqlGenerationHelper>();
        await using var select = NewCommand(source);
        select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => sourceSql.DelimitIdentifier(c.Name)))} FROM {sourceSql.DelimitIdentifier(from.Name, from.Schema)}"
                             + $" ORDER BY {string.Join(", ", from.PrimaryKey!.Columns.Select(c => sourceSql.DelimitIdentifier(c.Name)))}";
        await using var reader = await select.ExecuteReaderAsync(ct);

        var rowsPerInsert = Math.Max(1, ParametersPerInsert / columns.Count);
        var batch = new List<object?[]>(rowsPerInsert);
        long written = 0;
        while (await reader.ReadAsync(ct))
        {
            batch.Add(columns.Select((c, i) => ModelValue(reader, i, c)).ToArray());
            if (batch.Count < rowsPerInsert) continue;
            written += await InsertAsync(to, columns, batch, ct);
            batch.Clear();
        }
        if (batch.Count > 0) written += await InsertAsync(to, columns, batch, ct);
        return written;
    }

    /// <summary>The value as the model has it (a DateTimeOffset, a decimal, an enum), read as the source's mapping reads it.</summary>
    private static object? ModelValue(DbDataReader reader, int ordinal, ColumnCopy column)
    {
        if (reader.IsDBNull(ordinal)) return null;
        var stored = column.Read.Invoke(reader, [ordinal]);
        var value = column.From.Converter is { } converter ? converter.ConvertFromProvider(stored) : stored;
        // PostgreSQL's timestamptz takes UTC only; the instant stays the same.
        return value is DateTimeOffset at ? at.ToUniversalTime() : value;
    }

    private async Task<int> InsertAsync(ITable table, List<ColumnCopy> columns, List<object?[]> rows, CancellationToken ct)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        await using var insert = NewCommand(target);
        var values = rows.Select((row, r) =>
        {
            var names = columns.Select((c, i) =>
            {
                var name = $"p{r * columns.Count + i}";
                insert.Parameters.Add(c.To.CreateParameter(insert, name, row[i], c.Nullable));
                return sql.GenerateParameterNamePlaceholder(name);
            });
            return $"({string.Join(", ", names)})";
        });
        insert.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES {string.Join(", ", values)}";
        return await insert.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Identity columns got their ids from the copy, not from their sequences: the next new row takes max + 1.</summary>
    private async Task ContinueIdentitiesAfterCopiedIdsAsync(ITable table, CancellationToken ct)
    {
        var sql = target.GetService<ISqlGenerationHelper>();
        var storeObject = StoreObjectIdentifier.Table(table.Name, table.Schema);
        foreach (var column in table.Columns.Where(c => c.PropertyMappings.Any(m => NpgsqlPropertyExtensions.GetValueGenerationStrategy(m.Property, storeObject)
                     is NpgsqlValueGenerationStrategy.IdentityByDefaultColumn or NpgsqlValueGenerationStrategy.IdentityAlwaysColumn or NpgsqlValueGenerationStrategy.SerialColumn)))
        {
            await using var command = NewCommand(target);
            var name = sql.DelimitIdentifier(column.Name);
            command.CommandText = $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE(MAX({name}), 1), MAX({name}) IS NOT NULL) FROM {sql.DelimitIdentifier(table.Name, table.Schema)}";
            AddText(command, "table", sql.DelimitIdentifier(table.Name, table.Schema));
            AddText(command, "column", column.Name);
            await command.ExecuteScalarAsync(ct);
        }
    }

    private static async Task<long> CountAsync(DbContext db, ITable table, CancellationToken ct)
    {
        await using var command = NewCommand(db);
        command.CommandText = $"SELECT COUNT(*) FROM {db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table.Name, table.Schema)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A command on the context's connection, inside its open transaction.</summary>
    private static DbCommand NewCommand(DbContext db)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }

    private static void AddText(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
