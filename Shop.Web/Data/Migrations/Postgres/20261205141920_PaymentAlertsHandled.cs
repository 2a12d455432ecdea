using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shop.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PaymentAlertsHandled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "HandledAt",
                table: "PaymentNotifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HandledBy",
                table: "PaymentNotifications",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HandledAt",
                table: "PaymentNotifications");

            migrationBuilder.DropColumn(
                name: "HandledBy",
                table: "PaymentNotifications");
        }
    }
}
