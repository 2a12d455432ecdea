using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OrderLinePaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "PaidAmount",
                table: "OrderLines",
                type: "numeric(18,3)",
                precision: 18,
                scale: 3,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidAmount",
                table: "OrderLines");
        }
    }
}
