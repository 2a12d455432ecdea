using Shop.Web.Mail;

namespace Shop.Web.StaffMail;

/// <summary>
/// <c>Shop:StaffMail</c>: who on the staff is mailed of new orders, return requests and low stock (<see cref="To"/>, empty: nobody),
/// and how long the shop gathers them into one mail, so a busy hour or a sale sends a few mails, not one per order.
/// </summary>
public sealed class StaffMailOptions
{
    public const string Section = "Shop:StaffMail";

    /// <summary>Addresses, separated by commas or semicolons ("orders@shop.example, anna@shop.example").</summary>
    public string To { get; set; } = "";
    public TimeSpan Gather { get; set; } = TimeSpan.FromMinutes(1);

    public IReadOnlyList<string> Addresses =>
        To.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> Usable => Addresses.Where(MailAddresses.IsUsable).ToList();
}
