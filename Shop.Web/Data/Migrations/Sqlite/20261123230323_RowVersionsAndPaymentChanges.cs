using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RowVersionsAndPaymentChanges : Migration
    {
        private static readonly string[] RowVersionedTables = ["Products", "Orders"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Products",
                type: "INTEGER",
                rowVersion: true,
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "PaymentChangeStartedAt",
                table: "Orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RowVersion",
                table: "Orders",
                type: "INTEGER",
                rowVersion: true,
                nullable: false,
                defaultValue: 0L);

            // SQLite has no rowversion: each table counts every change of a row, whoever makes it (EF saves and the
            // conditional UPDATEs that move stock alike), as SQL Server's rowversion does.
            foreach (var table in RowVersionedTables)
                migrationBuilder.Sql($"""
                    CREATE TRIGGER "{table}_RowVersion" AFTER UPDATE ON "{table}"
                    WHEN NEW."RowVersion" = OLD."RowVersion"
                    BEGIN
                        UPDATE "{table}" SET "RowVersion" = OLD."RowVersion" + 1 WHERE "Id" = NEW."Id";
                    END;
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in RowVersionedTables)
                migrationBuilder.Sql($"""DROP TRIGGER "{table}_RowVersion";""");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PaymentChangeStartedAt",
                table: "Orders");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Orders");
        }
    }
}
