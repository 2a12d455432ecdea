using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Shop.Web.Shared;

/// <summary>
/// A form's problems as a page shows them by hand: one field's first message beside it, or the messages of some fields
/// together (a page of several forms shows each form's own).
/// </summary>
public static class FormProblems
{
    public static string? ProblemOf(this ModelStateDictionary state, string key) => state[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    public static List<string> ProblemsWhere(this ModelStateDictionary state, Func<string, bool> key) =>
        state.Where(e => key(e.Key)).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage).ToList();
}
