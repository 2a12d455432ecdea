using FluentValidation.Internal;

namespace Shop.Web.Languages;

/// <summary>
/// FluentValidation's formatter, first looking a validator's English message up in <see cref="ShopText"/>: one place
/// translates every custom message, on the server and in the browser hints. Built-in messages come translated already.
/// </summary>
public sealed class TranslatedMessages : MessageFormatter
{
    public override string BuildMessage(string messageTemplate) => base.BuildMessage(ShopText.Translate(messageTemplate));
}
