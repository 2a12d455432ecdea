using Shop.Web.Settings;

namespace Shop.Web.Admin.Settings;

/// <summary>The settings page's one form: every business setting staff may change, as typed (lists one item a line).</summary>
public sealed class SettingsForm
{
    public string? ShopName { get; set; }
    public string? BusinessName { get; set; }
    public string? Address { get; set; }
    public string? TaxIdLabel { get; set; }
    public string? TaxId { get; set; }
    public string? Register { get; set; }
    public string? Directors { get; set; }
    public string? Email { get; set; }
    public string? InvoicePrefix { get; set; }
    public string? CreditNotePrefix { get; set; }
    public string? ReturnDays { get; set; }
    public string? StandardDays { get; set; }
    public string? ExpressDays { get; set; }
    public string? Holidays { get; set; }

    /// <summary>Each field with the setting it changes.</summary>
    public IReadOnlyList<(BusinessSetting Setting, string? Typed)> Typed() =>
    [
        (BusinessSettings.ShopName, ShopName), (BusinessSettings.BusinessName, BusinessName), (BusinessSettings.Address, Address),
        (BusinessSettings.TaxIdLabel, TaxIdLabel), (BusinessSettings.TaxId, TaxId), (BusinessSettings.Register, Register),
        (BusinessSettings.Directors, Directors), (BusinessSettings.Email, Email), (BusinessSettings.InvoicePrefix, InvoicePrefix),
        (BusinessSettings.CreditNotePrefix, CreditNotePrefix), (BusinessSettings.ReturnDays, ReturnDays),
        (BusinessSettings.StandardDays, StandardDays), (BusinessSettings.ExpressDays, ExpressDays), (BusinessSettings.Holidays, Holidays),
    ];

    /// <summary>The form filled with each setting's value now.</summary>
    public static SettingsForm Of(Func<BusinessSetting, string> value) => new()
    {
        ShopName = value(BusinessSettings.ShopName), BusinessName = value(BusinessSettings.BusinessName),
        Address = value(BusinessSettings.Address), TaxIdLabel = value(BusinessSettings.TaxIdLabel), TaxId = value(BusinessSettings.TaxId),
        Register = value(BusinessSettings.Register), Directors = value(BusinessSettings.Directors), Email = value(BusinessSettings.Email),
        InvoicePrefix = value(BusinessSettings.InvoicePrefix), CreditNotePrefix = value(BusinessSettings.CreditNotePrefix),
        ReturnDays = value(BusinessSettings.ReturnDays), StandardDays = value(BusinessSettings.StandardDays),
        ExpressDays = value(BusinessSettings.ExpressDays), Holidays = value(BusinessSettings.Holidays),
    };
}
