using Shop.Domain.Catalog;

namespace Shop.Web.Languages;

/// <summary>
/// Option names and values in a storefront language, as staff translated them once for the shop (kept with the catalog,
/// Catalog.OptionWords): the cart and the mails name a variant as the product page does.
/// </summary>
public interface IOptionWords
{
    /// <summary><see cref="OptionGlossary.None"/> for the default language, at no cost.</summary>
    ValueTask<OptionGlossary> ForAsync(ShopLanguage language);

    /// <summary>By a language's code as a request or order keeps it ("de"; null: the default); none for a language the shop no longer speaks.</summary>
    ValueTask<OptionGlossary> ForAsync(string? code);
}
