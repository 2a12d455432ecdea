using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Shop.Web.Data;

// Used only by `dotnet ef migrations add`: each provider gets its own migrations without a live database.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteShopDbContext>
{
    public SqliteShopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteShopDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerShopDbContext>
{
    public SqlServerShopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerShopDbContext>()
            .UseSqlServer("Server=(local);Database=Shop;Trusted_Connection=True;TrustServerCertificate=True").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresShopDbContext>
{
    public PostgresShopDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresShopDbContext>().UseNpgsql("Host=localhost;Database=shop").Options);
}
