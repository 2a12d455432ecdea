using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Shop.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class LegalPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "ContentPages",
                columns: new[] { "Id", "EditVersion", "Markdown", "Slug", "Title", "UpdatedAt" },
                values: new object[,]
                {
                    { 6, 0, "# Legal notice\n\n**Who runs this shop:** the business's name and address, email and phone, its legal form and who represents it, its company register and number, and its VAT number. Replace this with your own (in Germany, the Impressum).\n", "legal-notice", "Legal notice", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 7, 0, "# Right of withdrawal\n\nBuying as a consumer in the EU, you may withdraw from your purchase within **14 days** of receiving the goods, without giving a reason. Tell us clearly, by letter or email, that you withdraw, and send the goods back within 14 days. We refund everything you paid, standard shipping included, within 14 days of hearing from you; we may wait until the goods are back.\n", "withdrawal", "Right of withdrawal", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "ContentPageTranslations",
                columns: new[] { "ContentPageId", "Language", "Markdown", "Title", "UpdatedAt" },
                values: new object[,]
                {
                    { 6, "de", "# Impressum\n\n**Anbieter dieses Shops:** Name und Anschrift des Unternehmens, E-Mail und Telefon, Rechtsform und Vertretungsberechtigte, Registergericht und Registernummer, Umsatzsteuer-Identifikationsnummer (Angaben nach § 5 DDG). Bitte durch Ihre eigenen Angaben ersetzen.\n", "Impressum", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 6, "fr", "# Mentions légales\n\n**Éditeur de la boutique :** raison sociale et adresse, e-mail et téléphone, forme juridique et capital, numéro RCS, numéro de TVA intracommunautaire, directeur de la publication et hébergeur. À remplacer par vos propres informations.\n", "Mentions légales", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 7, "de", "# Widerrufsbelehrung\n\nSie haben das Recht, binnen **vierzehn Tagen** ohne Angabe von Gründen diesen Vertrag zu widerrufen. Die Frist beginnt an dem Tag, an dem Sie oder ein von Ihnen benannter Dritter, der nicht der Beförderer ist, die Waren in Besitz genommen haben. Um Ihr Widerrufsrecht auszuüben, informieren Sie uns mittels einer eindeutigen Erklärung (z. B. Brief oder E-Mail) über Ihren Entschluss. Wenn Sie widerrufen, zahlen wir Ihnen alle Zahlungen, die wir von Ihnen erhalten haben, einschließlich der Kosten der Standardlieferung, unverzüglich und spätestens binnen vierzehn Tagen zurück.\n", "Widerrufsbelehrung", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { 7, "fr", "# Droit de rétractation\n\nVous disposez de **quatorze jours** à compter de la réception des biens pour exercer votre droit de rétractation, sans avoir à motiver votre décision. Informez-nous de votre décision par une déclaration dénuée d’ambiguïté (lettre ou e-mail) et renvoyez les biens sous quatorze jours. Nous vous remboursons tous les paiements reçus, frais de livraison standard compris, au plus tard quatorze jours après avoir été informés de votre décision.\n", "Droit de rétractation", new DateTimeOffset(new DateTime(2026, 12, 4, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "ContentPageTranslations",
                keyColumns: new[] { "ContentPageId", "Language" },
                keyValues: new object[] { 6, "de" });

            migrationBuilder.DeleteData(
                table: "ContentPageTranslations",
                keyColumns: new[] { "ContentPageId", "Language" },
                keyValues: new object[] { 6, "fr" });

            migrationBuilder.DeleteData(
                table: "ContentPageTranslations",
                keyColumns: new[] { "ContentPageId", "Language" },
                keyValues: new object[] { 7, "de" });

            migrationBuilder.DeleteData(
                table: "ContentPageTranslations",
                keyColumns: new[] { "ContentPageId", "Language" },
                keyValues: new object[] { 7, "fr" });

            migrationBuilder.DeleteData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 6);

            migrationBuilder.DeleteData(
                table: "ContentPages",
                keyColumn: "Id",
                keyValue: 7);
        }
    }
}
