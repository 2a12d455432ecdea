using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VariantId",
                table: "OrderLines",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "VariantTitle",
                table: "OrderLines",
                type: "nvarchar(130)",
                maxLength: 130,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ProductImages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    Path = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AltText = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
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
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Values = table.Column<string>(type: "nvarchar(max)", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    Sku = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Option1 = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Option2 = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Option3 = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Price = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    CompareAtPrice = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    StockOnHand = table.Column<int>(type: "int", nullable: false),
                    WeightGrams = table.Column<int>(type: "int", nullable: true),
                    ImagePath = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    IsPublished = table.Column<bool>(type: "bit", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    RowVersion = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
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
            // Each in EXEC: an idempotent script runs as one batch, where columns added above are not yet known at
            // compile time (and StockOnHand is gone on a second run).
            migrationBuilder.Sql("""
                EXEC(N'SET IDENTITY_INSERT [ProductVariants] ON;
                INSERT INTO [ProductVariants] ([Id], [ProductId], [Sku], [StockOnHand], [IsPublished], [Position])
                SELECT [Id], [Id], [Sku], [StockOnHand], 1, 0 FROM [Products];
                SET IDENTITY_INSERT [ProductVariants] OFF;');
                """);
            migrationBuilder.Sql("""
                EXEC(N'INSERT INTO [ProductImages] ([ProductId], [Path], [AltText], [Position])
                SELECT [Id], [ImagePath], N'''', 0 FROM [Products] WHERE [ImagePath] IS NOT NULL;');
                """);
            migrationBuilder.Sql("EXEC(N'UPDATE [OrderLines] SET [VariantId] = [ProductId];');");
            migrationBuilder.Sql("EXEC(N'UPDATE [StockMovements] SET [VariantId] = [ProductId];');");

            migrationBuilder.DropColumn(
                name: "StockOnHand",
                table: "Products");
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            // Back to one stock per product: the sum of its variants'.
            migrationBuilder.Sql("EXEC(N'UPDATE [Products] SET [StockOnHand] = (SELECT ISNULL(SUM([StockOnHand]), 0) FROM [ProductVariants] v WHERE v.[ProductId] = [Products].[Id]);');");

            migrationBuilder.DropTable(
                name: "ProductVariants");
        }
    }
}
