using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CategoryAndPageTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CategoryTranslations",
                columns: table => new
                {
                    CategoryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CategoryTranslations", x => new { x.CategoryId, x.Language });
                    table.ForeignKey(
                        name: "FK_CategoryTranslations_Categories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContentPageTranslations",
                columns: table => new
                {
                    ContentPageId = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Markdown = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContentPageTranslations", x => new { x.ContentPageId, x.Language });
                    table.ForeignKey(
                        name: "FK_ContentPageTranslations_ContentPages_ContentPageId",
                        column: x => x.ContentPageId,
                        principalTable: "ContentPages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "ContentPageTranslations",
                columns: new[] { "ContentPageId", "Language", "Markdown", "Title", "UpdatedAt" },
                values: new object[,]
                {
                    { 1, "de", "# Versand\n\nWir versenden an Werktagen aus unserem Lager. Die Preise für Standard- und Expressversand sehen Sie an der Kasse.\n", "Versand", 1309326114816000000L },
                    { 1, "fr", "# Livraison\n\nNous expédions depuis notre entrepôt les jours ouvrés. Les tarifs standard et express sont indiqués lors de la commande.\n", "Livraison", 1309326114816000000L },
                    { 2, "de", "# Rückgabe\n\nSchicken Sie alles innerhalb von **{return-days} Tagen** unbenutzt und originalverpackt zurück und erhalten Sie den vollen Betrag erstattet.\n", "Rückgabe", 1309326114816000000L },
                    { 2, "fr", "# Retours\n\nRenvoyez tout article sous **{return-days} jours**, inutilisé et dans son emballage, pour un remboursement intégral.\n", "Retours", 1309326114816000000L },
                    { 3, "de", "# Datenschutz\n\nWir speichern nur, was wir für die Lieferung Ihrer Bestellung brauchen, und nichts weiter. Wir verkaufen Ihre Daten nie.\n", "Datenschutz", 1309326114816000000L },
                    { 3, "fr", "# Confidentialité\n\nNous ne gardons que ce qu'il faut pour livrer votre commande, rien de plus. Nous ne vendons jamais vos données.\n", "Confidentialité", 1309326114816000000L },
                    { 4, "de", "# Allgemeine Geschäftsbedingungen\n\nPreise gelten in der angezeigten Währung. Eine Bestellung ist angenommen, sobald die Zahlung bestätigt ist.\n", "AGB", 1309326114816000000L },
                    { 4, "fr", "# Conditions générales de vente\n\nLes prix sont exprimés dans la devise affichée. Une commande est acceptée dès que le paiement est confirmé.\n", "Conditions", 1309326114816000000L },
                    { 5, "de", "# Kontakt\n\nSchreiben Sie uns an die Adresse auf Ihrer Quittung; wir antworten innerhalb eines Werktags.\n", "Kontakt", 1309326114816000000L },
                    { 5, "fr", "# Contact\n\nÉcrivez-nous à l'adresse figurant sur votre reçu : nous répondons sous un jour ouvré.\n", "Contact", 1309326114816000000L }
                });

            // The returns page names the configured window, unless staff have already rewritten it.
            migrationBuilder.Sql(
                "UPDATE \"ContentPages\" SET \"Markdown\" = '# Returns\n\nSend anything back within **{return-days} days**, unused and in its packaging, for a full refund.\n' " +
                "WHERE \"Id\" = 2 AND \"Markdown\" = '# Returns\n\nSend anything back within **30 days**, unused and in its packaging, for a full refund.\n';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CategoryTranslations");

            migrationBuilder.DropTable(
                name: "ContentPageTranslations");

            // Back to the fixed 30 days, unless staff have rewritten the page since.
            migrationBuilder.Sql(
                "UPDATE \"ContentPages\" SET \"Markdown\" = '# Returns\n\nSend anything back within **30 days**, unused and in its packaging, for a full refund.\n' " +
                "WHERE \"Id\" = 2 AND \"Markdown\" = '# Returns\n\nSend anything back within **{return-days} days**, unused and in its packaging, for a full refund.\n';");
        }
    }
}
