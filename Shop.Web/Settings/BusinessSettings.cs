using System.Globalization;

namespace Shop.Web.Settings;

/// <summary>The business settings staff may change on <c>/admin/settings</c>, each with its configuration key and rule.</summary>
public static class BusinessSettings
{
    public const int MaxDeliveryDays = 60;
    public const int MaxReturnDays = 365;

    public static readonly BusinessSetting ShopName = new("Shop:Name", SettingKind.Text, (s, _) => s.Name, 100);
    public static readonly BusinessSetting BusinessName = new("Shop:Business:Name", SettingKind.Text, (_, b) => b.Name, 200);
    public static readonly BusinessSetting Address = new("Shop:Business:Address", SettingKind.Lines, (_, b) => string.Join("\n", b.Address), 100);
    public static readonly BusinessSetting TaxIdLabel = new("Shop:Business:TaxIdLabel", SettingKind.Text, (_, b) => b.TaxIdLabel, 50);
    public static readonly BusinessSetting TaxId = new("Shop:Business:TaxId", SettingKind.Text, (_, b) => b.TaxId, 50);
    public static readonly BusinessSetting Register = new("Shop:Business:Register", SettingKind.Text, (_, b) => b.Register, 200);
    public static readonly BusinessSetting Directors = new("Shop:Business:Directors", SettingKind.Text, (_, b) => b.Directors, 200);
    public static readonly BusinessSetting Email = new("Shop:Business:Email", SettingKind.Email, (_, b) => b.Email, 256);
    public static readonly BusinessSetting InvoicePrefix = new("Shop:Business:InvoicePrefix", SettingKind.Text, (_, b) => b.InvoicePrefix, 20);
    public static readonly BusinessSetting CreditNotePrefix = new("Shop:Business:CreditNotePrefix", SettingKind.Text, (_, b) => b.CreditNotePrefix, 20);
    public static readonly BusinessSetting ReturnDays = new("Shop:Returns:Days", SettingKind.Number, (s, _) => Number(s.Returns.Days), 3, MaxReturnDays);
    public static readonly BusinessSetting StandardDays = new("Shop:Shipping:StandardDays", SettingKind.Number, (s, _) => Number(s.Shipping.StandardDays), 2, MaxDeliveryDays, 1);
    public static readonly BusinessSetting ExpressDays = new("Shop:Shipping:ExpressDays", SettingKind.Number, (s, _) => Number(s.Shipping.ExpressDays), 2, MaxDeliveryDays, 1);
    public static readonly BusinessSetting Holidays = new("Shop:Shipping:Holidays", SettingKind.Days, (s, _) => string.Join("\n", s.Shipping.Holidays), 10);

    public static readonly IReadOnlyList<BusinessSetting> All =
    [
        ShopName, BusinessName, Address, TaxIdLabel, TaxId, Register, Directors, Email, InvoicePrefix, CreditNotePrefix,
        ReturnDays, StandardDays, ExpressDays, Holidays,
    ];

    /// <summary>Express delivery takes no longer than standard (the domain's <c>DeliveryPromise</c> refuses it otherwise); a value that is no number is its own rule's matter.</summary>
    public static bool DeliveryFits(string standardDays, string expressDays) =>
        !int.TryParse(standardDays, CultureInfo.InvariantCulture, out var standard) || !int.TryParse(expressDays, CultureInfo.InvariantCulture, out var express)
        || express <= standard;

    public static BusinessSetting? Of(string key) => All.FirstOrDefault(s => string.Equals(s.Key, key, StringComparison.OrdinalIgnoreCase));

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
