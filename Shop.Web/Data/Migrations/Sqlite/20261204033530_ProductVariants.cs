using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProductVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "ProductId",
                table: "CartLines",
                newName: "VariantId");

            migrationBuilder.RenameIndex(
                name: "IX_CartLines_CartId_ProductId",
                table: "CartLines",
                newName: "IX_CartLines_CartId_VariantId");

            migrationBuilder.AddColumn<int>(
                name: "VariantId",
                table: "StockMovements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VariantId",
                table: "OrderLines",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VariantTitle",
                table: "OrderLines",
                type: "TEXT",
                maxLength: 130,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ProductImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Path = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    AltText = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductImages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductImages_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductOptions",
                columns: table => new
                {
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Values = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductOptions", x => new { x.ProductId, x.Position });
                    table.ForeignKey(
                        name: "FK_ProductOptions_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProductVariants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Option1 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Option2 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Option3 = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    CompareAtPrice = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    StockOnHand = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    ImagePath = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsPublished = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<long>(type: "INTEGER", rowVersion: true, nullable: false, defaultValue: 0L)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductVariants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProductVariants_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StockMovements_VariantId_Id",
                table: "StockMovements",
                columns: new[] { "VariantId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OrderLines_VariantId",
                table: "OrderLines",
                column: "VariantId");

            migrationBuilder.CreateIndex(
                name: "IX_ProductImages_ProductId_Position",
                table: "ProductImages",
                columns: new[] { "ProductId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductVariants_ProductId_IsPublished_StockOnHand",
                table: "ProductVariants",
                columns: new[] { "ProductId", "IsPublished", "StockOnHand" });

            migrationBuilder.CreateIndex(
                name: "IX_ProductVariants_Sku",
                table: "ProductVariants",
                column: "Sku",
                unique: true);

            // Every product becomes a product with one default variant under the product's own id, so cart lines
            // (whose ProductId column is now VariantId), order lines and stock history point at it unchanged.
            migrationBuilder.Sql("""
                INSERT INTO "ProductVariants" ("Id", "ProductId", "Sku", "StockOnHand", "IsPublished", "Position", "RowVersion")
                SELECT "Id", "Id", "Sku", "StockOnHand", 1, 0, 0 FROM "Products";
                """);
            migrationBuilder.Sql("""
                INSERT INTO "ProductImages" ("ProductId", "Path", "AltText", "Position")
                SELECT "Id", "ImagePath", '', 0 FROM "Products" WHERE "ImagePath" IS NOT NULL;
                """);
            migrationBuilder.Sql("""UPDATE "OrderLines" SET "VariantId" = "ProductId";""");
            migrationBuilder.Sql("""UPDATE "StockMovements" SET "VariantId" = "ProductId";""");

            // Dropped in place (SQLite 3.35+): EF's DropColumn would rebuild Products at the very end of the migration,
            // after the SQL below, and the rebuild's DROP TABLE would take the Products trigger with it.
            migrationBuilder.Sql("""ALTER TABLE "Products" DROP COLUMN "StockOnHand";""");

            // Products keeps its row-version trigger (recreated in case the table was rebuilt); variants get theirs.
            foreach (var table in new[] { "Products", "ProductVariants" })
                migrationBuilder.Sql($"""
                    DROP TRIGGER IF EXISTS "{table}_RowVersion";
                    CREATE TRIGGER "{table}_RowVersion" AFTER UPDATE ON "{table}"
                    WHEN NEW."RowVersion" = OLD."RowVersion"
                    BEGIN
                        UPDATE "{table}" SET "RowVersion" = OLD."RowVersion" + 1 WHERE "Id" = NEW."Id";
                    END;
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProductImages");

            migrationBuilder.DropTable(
                name: "ProductOptions");

            migrationBuilder.DropIndex(
                name: "IX_StockMovements_VariantId_Id",
                table: "StockMovements");

            migrationBuilder.DropIndex(
                name: "IX_OrderLines_VariantId",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "VariantId",
                table: "StockMovements");

            migrationBuilder.DropColumn(
                name: "VariantId",
                table: "OrderLines");

            migrationBuilder.DropColumn(
                name: "VariantTitle",
                table: "OrderLines");

            migrationBuilder.RenameColumn(
                name: "VariantId",
                table: "CartLines",
                newName: "ProductId");

            migrationBuilder.RenameIndex(
                name: "IX_CartLines_CartId_VariantId",
                table: "CartLines",
                newName: "IX_CartLines_CartId_ProductId");

            migrationBuilder.AddColumn<int>(
                name: "StockOnHand",
                table: "Products",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Back to one stock per product: the sum of its variants'.
            migrationBuilder.Sql("""UPDATE "Products" SET "StockOnHand" = (SELECT SUM("StockOnHand") FROM "ProductVariants" v WHERE v."ProductId" = "Products"."Id");""");

            migrationBuilder.DropTable(
                name: "ProductVariants");
        }
    }
}
