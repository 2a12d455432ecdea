using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EditVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "TaxZones",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "ShippingZones",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "DiscountCodes",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "ContentPages",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EditVersion",
                table: "Categories",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.UpdateData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 1,
                column: "EditVersion",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 2,
                column: "EditVersion",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 3,
                column: "EditVersion",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 4,
                column: "EditVersion",
                value: 0);

            migrationBuilder.UpdateData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 5,
                column: "EditVersion",
                value: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "TaxZones");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "ShippingZones");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "DiscountCodes");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "ContentPages");

            migrationBuilder.DropColumn(
                name: "EditVersion",
                table: "Categories");
        }
    }
}
