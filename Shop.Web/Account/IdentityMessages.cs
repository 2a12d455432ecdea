using Microsoft.AspNetCore.Identity;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>
/// Identity's own error descriptions (English, some with a value: "User already in role 'Staff'.") in the page's
/// language: read back by their templates, else looked up as they are; one that is not known shows as it came.
/// </summary>
public static class IdentityMessages
{
    private static readonly StoredSentences Templates = new(
    [
        "User already in role '{0}'.",
        "User is not in role '{0}'.",
        "Role name '{0}' is already taken.",
        "Role name '{0}' is invalid.",
    ]);

    public static string Translate(IdentityError error) => Templates.Translate(error.Description) ?? ShopText.Translate(error.Description);

    /// <summary>Every message of a result, one sentence after another.</summary>
    public static string Translate(IdentityResult result) => string.Join(" ", result.Errors.Select(Translate));
}
