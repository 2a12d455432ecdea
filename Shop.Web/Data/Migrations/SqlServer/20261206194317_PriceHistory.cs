using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.SqlServer
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
                type: "decimal(18,3)",
                precision: 18,
                scale: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PriceSince",
                table: "ProductVariants",
                type: "datetimeoffset",
                nullable: false,
                defaultValue: DateTimeOffset.UtcNow);

            migrationBuilder.CreateTable(
                name: "VariantPrices",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    VariantId = table.Column<int>(type: "int", nullable: false),
                    Price = table.Column<decimal>(type: "decimal(18,3)", precision: 18, scale: 3, nullable: false),
                    From = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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
            migrationBuilder.Sql(""" INSERT INTO [VariantPrices] ([VariantId], [Price], [From]) SELECT v.[Id], COALESCE(v.[Price], p.[Price]), v.[PriceSince] FROM [ProductVariants] v JOIN [Products] p ON p.[Id] = v.[ProductId]; """);
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
