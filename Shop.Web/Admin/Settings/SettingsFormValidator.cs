using FluentValidation;
using Shop.Web.Settings;

namespace Shop.Web.Admin.Settings;

/// <summary>The settings form's messages; each rule is the setting's own (<see cref="BusinessSetting.Problem"/>), as start-up applies to saved rows.</summary>
public sealed class SettingsFormValidator : AbstractValidator<SettingsForm>
{
    public SettingsFormValidator(SavedSettings saved, IConfiguration configuration)
    {
        RuleFor(x => x.ShopName).Must(Follows(BusinessSettings.ShopName)).WithMessage("Write the shop's name on one line, at most 100 characters.");
        RuleFor(x => x.BusinessName).Must(Follows(BusinessSettings.BusinessName)).WithMessage("Write the business name on one line, at most 200 characters.");
        RuleFor(x => x.Address).Must(Follows(BusinessSettings.Address)).WithMessage("Write the address one line per line, each at most 100 characters.");
        RuleFor(x => x.TaxIdLabel).Must(Follows(BusinessSettings.TaxIdLabel)).WithMessage("Write the label on one line, at most 50 characters.");
        RuleFor(x => x.TaxId).Must(Follows(BusinessSettings.TaxId)).WithMessage("Write the tax number on one line, at most 50 characters.");
        RuleFor(x => x.Register).Must(Follows(BusinessSettings.Register)).WithMessage("Write the register entry on one line, at most 200 characters.");
        RuleFor(x => x.Directors).Must(Follows(BusinessSettings.Directors)).WithMessage("Write the directors on one line, at most 200 characters.");
        RuleFor(x => x.Email).Must(Follows(BusinessSettings.Email)).WithMessage("Enter an email address mail can be sent to, or leave the field empty.");
        RuleFor(x => x.InvoicePrefix).Must(Follows(BusinessSettings.InvoicePrefix)).WithMessage("Write the prefix on one line, at most 20 characters.");
        RuleFor(x => x.CreditNotePrefix).Must(Follows(BusinessSettings.CreditNotePrefix)).WithMessage("Write the prefix on one line, at most 20 characters.");
        RuleFor(x => x.ReturnDays).Must(Follows(BusinessSettings.ReturnDays)).WithMessage("Enter a whole number of days from 0 to 365.");
        RuleFor(x => x.StandardDays).Must(Follows(BusinessSettings.StandardDays)).WithMessage("Enter a whole number of working days from 1 to 60.");
        RuleFor(x => x.ExpressDays).Must(Follows(BusinessSettings.ExpressDays)).WithMessage("Enter a whole number of working days from 1 to 60.");
        // An emptied field stands for the file's value, which the other must fit too.
        string Effective(BusinessSetting s, string? typed) => s.Normalize(typed) is { Length: not 0 } value ? value : saved.Unsaved(s, (IConfigurationRoot)configuration);
        RuleFor(x => x.ExpressDays)
            .Must((form, express) => BusinessSettings.DeliveryFits(Effective(BusinessSettings.StandardDays, form.StandardDays), Effective(BusinessSettings.ExpressDays, express)))
            .WithMessage("Express delivery cannot take longer than standard delivery.");
        RuleFor(x => x.Holidays).Must((_, typed, context) => Named(context, BusinessSettings.Holidays, typed))
            .WithMessage("'{Holiday}' is not a day: write each holiday as 2026-12-25, one a line, at most 100.");
    }

    /// <summary>An empty field always does: it goes back to the file's value.</summary>
    private static Func<string?, bool> Follows(BusinessSetting setting) =>
        typed => setting.Normalize(typed) is var value && (value.Length == 0 || setting.Problem(value) is null);

    /// <summary>Follows the rule; when not, the message names the first line that is not a day.</summary>
    private static bool Named(ValidationContext<SettingsForm> context, BusinessSetting setting, string? typed)
    {
        if (Follows(setting)(typed)) return true;
        var lines = BusinessSetting.Lines(typed ?? "");
        context.MessageFormatter.AppendArgument("Holiday", new ShippingOptions { Holidays = [.. lines] }.NotADay ?? lines.LastOrDefault() ?? "");
        return false;
    }
}
