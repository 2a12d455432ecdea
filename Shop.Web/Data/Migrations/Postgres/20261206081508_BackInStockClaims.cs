using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BackInStockClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ClaimedAt",
                table: "BackInStockRequests",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClaimedAt",
                table: "BackInStockRequests");
        }
    }
}
