using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Shop.Web.Languages;

/// <summary>
/// A form field's name as a message names it: "UnitPrice" reads "Unit price", in the page's language (a key of
/// <see cref="ShopText"/>); a <c>[Display(Name = …)]</c> on the field wins. FluentValidation's built-in messages
/// ("'Titel' darf nicht leer sein.") and MVC's messages for a value it cannot read both name fields this way.
/// </summary>
public static partial class FieldNames
{
    public static string Translate(string name) => ShopText.Translate(Words(name));

    /// <summary>FluentValidation's display-name resolver: asked as each message is made, so in the request's language.</summary>
    public static string? Resolve(Type container, MemberInfo? member, LambdaExpression? expression) =>
        member is null ? null : Translate(member.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? member.Name);

    /// <summary>"UnitPrice" as words: "Unit price"; a name in words already, or an acronym ("SKU"), stays as it is.</summary>
    public static string Words(string name) =>
        name.Contains(' ') ? name : string.Join(" ", WordStart().Split(name).Select((w, i) => i == 0 || w.All(char.IsUpper) ? w : w.ToLowerInvariant()));

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])")]
    private static partial Regex WordStart();
}
