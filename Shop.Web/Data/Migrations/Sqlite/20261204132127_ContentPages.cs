using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Web.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
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
                    { 1, "# Shipping\n\nWe ship from our warehouse on working days. Standard and express rates are shown at checkout.\n", "shipping", "Shipping", 1309326114816000000L },
                    { 2, "# Returns\n\nSend anything back within **30 days**, unused and in its packaging, for a full refund.\n", "returns", "Returns", 1309326114816000000L },
                    { 3, "# Privacy\n\nWe keep what we need to deliver your order and nothing more. We never sell your data.\n", "privacy", "Privacy", 1309326114816000000L },
                    { 4, "# Terms of sale\n\nPrices include the currency shown. An order is accepted when payment is confirmed.\n", "terms", "Terms", 1309326114816000000L },
                    { 5, "# Contact\n\nWrite to us at the address on your receipt and we answer within one working day.\n", "contact", "Contact", 1309326114816000000L }
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
