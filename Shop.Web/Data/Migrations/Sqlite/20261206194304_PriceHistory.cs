using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

#nullable disable

namespace Shop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PriceHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "LowestPriorPrice",
                table: "ProductVariants",
                type: "TEXT",
                precision: 18,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PriceSince",
                table: "ProductVariants",
                type: "INTEGER",
                nullable: false,
                defaultValue: (long)new DateTimeOffsetToBinaryConverter().ConvertToProvider(DateTimeOffset.UtcNow)!);

            migrationBuilder.CreateTable(
                name: "VariantPrices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VariantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: false),
                    From = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VariantPrices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VariantPrices_ProductVariants_VariantId",
                        column: x => x.VariantId,
                        principalTable: "ProductVariants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VariantPrices_VariantId_From",
                table: "VariantPrices",
                columns: new[] { "VariantId", "From" });

            // Every variant's price today is its history from now (PriceSince defaults to the moment of this migration).
            migrationBuilder.Sql(""" INSERT INTO "VariantPrices" ("VariantId", "Price", "From") SELECT v."Id", COALESCE(v."Price", p."Price"), v."PriceSince" FROM "ProductVariants" v JOIN "Products" p ON p."Id" = v."ProductId"; """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VariantPrices");

            migrationBuilder.DropColumn(
                name: "LowestPriorPrice",
                table: "ProductVariants");

            migrationBuilder.DropColumn(
                name: "PriceSince",
                table: "ProductVariants");
        }
    }
}
