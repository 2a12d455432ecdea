namespace Shop.Tests.Admin;

/// <summary>
/// Shops whose invoices and credit notes tests read, set up as their operators would in appsettings.json: a German GmbH
/// and a French SARL, each selling in euros at prices that include VAT.
/// </summary>
internal static class MerchantSettings
{
    /// <summary>Müller Haushaltswaren GmbH in Munich: 19 % VAT, register and directors, invoices RE-, credit notes GS-.</summary>
    public static Dictionary<string, string?> GermanGmbH() => new()
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.19",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "DE",
        ["Shop:Business:Name"] = "Müller Haushaltswaren GmbH",
        ["Shop:Business:Address:0"] = "Leopoldstraße 1",
        ["Shop:Business:Address:1"] = "80802 München",
        ["Shop:Business:TaxId"] = "DE123456789",
        ["Shop:Business:Register"] = "Amtsgericht München HRB 123456",
        ["Shop:Business:Directors"] = "Maximiliane Mustermann-Schönfeld",
        ["Shop:Business:InvoicePrefix"] = "RE-",
        ["Shop:Business:CreditNotePrefix"] = "GS-",
    };

    /// <summary>Atelier Dupont SARL in Paris: 20 % VAT, register, invoices FA-, credit notes AV-, no payment terms of its own.</summary>
    public static Dictionary<string, string?> FrenchSarl() => new()
    {
        ["Shop:Currency"] = "EUR",
        ["Shop:Tax:Rate"] = "0.20",
        ["Shop:Tax:PricesIncludeTax"] = "true",
        ["Shop:Tax:ShopCountry"] = "FR",
        ["Shop:Business:Name"] = "Atelier Dupont SARL",
        ["Shop:Business:Address:0"] = "12 rue de Rivoli",
        ["Shop:Business:Address:1"] = "75001 Paris",
        ["Shop:Business:TaxId"] = "FR40123456789",
        ["Shop:Business:Register"] = "RCS Paris 123 456 789",
        ["Shop:Business:InvoicePrefix"] = "FA-",
        ["Shop:Business:CreditNotePrefix"] = "AV-",
    };
}
