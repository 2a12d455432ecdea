using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ContentForUnitPrices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "ContentAmount",
                table: "ProductVariants",
                type: "decimal(12,3)",
                precision: 12,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentUnit",
                table: "ProductVariants",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "ContentAmount",
                table: "Products",
                type: "decimal(12,3)",
                precision: 12,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ContentUnit",
                table: "Products",
                type: "nvarchar(12)",
                maxLength: 12,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ContentAmount",
                table: "ProductVariants");

            migrationBuilder.DropColumn(
                name: "ContentUnit",
                table: "ProductVariants");

            migrationBuilder.DropColumn(
                name: "ContentAmount",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "ContentUnit",
                table: "Products");
        }
    }
}
