using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DiscountCodeTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CategoryIds",
                table: "DiscountCodes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "IsDisabled",
                table: "DiscountCodes",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "ProductIds",
                table: "DiscountCodes",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "UsesPerShopper",
                table: "DiscountCodes",
                type: "INTEGER",
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
