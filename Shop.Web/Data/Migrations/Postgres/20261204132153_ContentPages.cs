using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ContentPages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentPages", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "ContentPages",
                columns: new[] { "Id", "Markdown", "Slug", "Title", "UpdatedAt" },
                values: new object[,]
                {
                    { 1, "# Shipping\n\nWe ship from our warehouse on working days. Standard and express rates are shown at checkout.\n", "shipping", "Shipping", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 2, "# Returns\n\nSend anything back within **30 days**, unused and in its packaging, for a full refund.\n", "returns", "Returns", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 3, "# Privacy\n\nWe keep what we need to deliver your order and nothing more. We never sell your data.\n", "privacy", "Privacy", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 4, "# Terms of sale\n\nPrices include the currency shown. An order is accepted when payment is confirmed.\n", "terms", "Terms", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 5, "# Contact\n\nWrite to us at the address on your receipt and we answer within one working day.\n", "contact", "Contact", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ContentPages_Slug",
                table: "ContentPages",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ContentPages");
        }
    }
}
