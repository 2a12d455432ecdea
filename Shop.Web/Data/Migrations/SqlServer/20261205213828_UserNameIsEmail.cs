using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UserNameIsEmail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The sign-in name follows the email (see AccountSetup). Accounts whose email changed under older code kept
            // their old address as the name, which kept that address taken; they get their email as the name, unless
            // another account already signs in with it. Data only: nothing to undo.
            migrationBuilder.Sql("""
                UPDATE [AspNetUsers] SET [UserName] = [Email], [NormalizedUserName] = [NormalizedEmail]
                WHERE [Email] IS NOT NULL AND [UserName] <> [Email]
                  AND NOT EXISTS (SELECT 1 FROM [AspNetUsers] AS other WHERE other.[NormalizedUserName] = [AspNetUsers].[NormalizedEmail] AND other.[Id] <> [AspNetUsers].[Id]);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
