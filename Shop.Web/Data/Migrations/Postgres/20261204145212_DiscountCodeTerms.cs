using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DiscountCodeTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int[]>(
                name: "CategoryIds",
                table: "DiscountCodes",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "DiscountCodes",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int[]>(
                name: "ProductIds",
                table: "DiscountCodes",
                type: "integer[]",
                nullable: false,
                defaultValue: new int[0]);

            migrationBuilder.AddColumn<int>(
                name: "UsesPerShopper",
                table: "DiscountCodes",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CategoryIds",
                table: "DiscountCodes");

            migrationBuilder.DropColumn(
                name: "IsDisabled",
                table: "DiscountCodes");

            migrationBuilder.DropColumn(
                name: "ProductIds",
                table: "DiscountCodes");

            migrationBuilder.DropColumn(
                name: "UsesPerShopper",
                table: "DiscountCodes");
        }
    }
}
