using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Shop.Web.Account;

/// <summary>
/// For answers that must not tell whether an account exists (register, sign-in, forgot password): the answer waits
/// until Shop:Accounts:EvenAnswerTime has passed, so neither a password hash nor a database write for a known
/// account shows in the timing. The wait is asynchronous: no thread is held.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class EvenAnswerTimeAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var started = Stopwatch.GetTimestamp();
        await next();
        var floor = context.HttpContext.RequestServices.GetRequiredService<IOptions<AccountOptions>>().Value.EvenAnswerTime;
        var left = floor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero) await Task.Delay(left, CancellationToken.None);
    }
}
