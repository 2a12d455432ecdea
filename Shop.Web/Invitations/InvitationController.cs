using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Shop.Web.Account;
using Shop.Web.Admin.Team;
using Shop.Web.Data;
using Shop.Web.Shared;

namespace Shop.Web.Invitations;

/// <summary>
/// The page a staff invitation's link opens (<see cref="InvitationMail"/>): a new account with a password of its own, or
/// the address's account, signed in, accepts with a button; either lands on the staff pages. A link that no longer
/// works (accepted, withdrawn, expired, replaced) says so, with 410 (400 for one that never worked).
/// </summary>
[Route("account/staff-invitation")]
public sealed class InvitationController(InvitationAcceptance invitations, UserManager<ShopUser> users, SignInManager<ShopUser> signIn, TimeProvider clock)
    : Controller
{
    /// <summary>How long after a link was accepted its second post (a double click) is answered as the first was.</summary>
    private static readonly TimeSpan DoubleSubmit = TimeSpan.FromMinutes(2);

    private const string PasswordField = "Form." + nameof(JoinTeamForm.Password);

    [HttpGet("")]
    public async Task<IActionResult> Accept(string? code, CancellationToken ct)
    {
        var link = await invitations.ReadAsync(code, ct);
        return link.State == InvitationState.Open ? await PageAsync(link, new JoinTeamForm { Code = code! }) : Closed(link.State);
    }

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Register)]
    public async Task<IActionResult> Join([Bind(Prefix = "Form")] JoinTeamForm form, CancellationToken ct)
    {
        var link = await invitations.ReadAsync(form.Code, ct);
        if (link.State != InvitationState.Open) return await AnsweredAsync(link.State, form, ct);
        if (link.HasAccount || User.Identity?.IsAuthenticated == true) return await PageAsync(link, form, StatusCodes.Status409Conflict);
        if (ModelState.IsValid) ModelState.AddIdentityErrors(await invitations.CheckPasswordAsync(link.Email, form.Password), PasswordField);
        if (!ModelState.IsValid) return await PageAsync(link, Blanked(form), StatusCodes.Status400BadRequest);

        var result = await invitations.JoinAsNewAccountAsync(form.Code, form.FullName, form.Password, ct);
        if (result.Account is { } account)
        {
            await signIn.SignInAsync(account, isPersistent: false);
            return LocalRedirect("/admin");
        }
        if (result.Refused is { } refused)
        {
            ModelState.AddIdentityErrors(refused, PasswordField);
            return await PageAsync(link, Blanked(form), StatusCodes.Status400BadRequest);
        }
        // The address got its account meanwhile: by this form's first post (a double click), or by registering.
        var now = await invitations.ReadAsync(form.Code, ct);
        return now.State == InvitationState.Open ? await PageAsync(now, form, StatusCodes.Status409Conflict) : await AnsweredAsync(now.State, form, ct);
    }

    [HttpPost("accept")]
    [Authorize]
    public async Task<IActionResult> AcceptSignedIn(string? code, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } account) return Challenge();
        var result = await invitations.JoinAsAccountAsync(code, account, ct);
        if (result.Joined || result.State == InvitationState.Accepted && await JustAcceptedByAsync(code, account.Id, ct))
        {
            await signIn.RefreshSignInAsync(account); // the cookie carries the new role from this request on
            return LocalRedirect("/admin");
        }
        if (!result.OtherAccount) return Closed(result.State);
        var link = await invitations.ReadAsync(code, ct);
        return link.State == InvitationState.Open ? await PageAsync(link, new JoinTeamForm { Code = code! }, StatusCodes.Status409Conflict) : Closed(link.State);
    }

    /// <summary>A closed link; but the second post of a double click, with the password the first post chose, signs in as the first did.</summary>
    private async Task<IActionResult> AnsweredAsync(InvitationState state, JoinTeamForm form, CancellationToken ct)
    {
        if (state == InvitationState.Accepted && !string.IsNullOrEmpty(form.Password)
            && (await invitations.AcceptanceAsync(form.Code, ct)).By is { } by && await JustAcceptedByAsync(form.Code, by, ct)
            && await users.FindByIdAsync(by) is { } account
            && (await signIn.PasswordSignInAsync(account, form.Password, isPersistent: false, lockoutOnFailure: true)).Succeeded)
            return LocalRedirect("/admin");
        return Closed(state);
    }

    private async Task<bool> JustAcceptedByAsync(string? code, string accountId, CancellationToken ct) =>
        await invitations.AcceptanceAsync(code, ct) is { At: { } at, By: { } by } && by == accountId && clock.GetUtcNow() - at < DoubleSubmit;

    private async Task<ViewResult> PageAsync(InvitationLink link, JoinTeamForm form, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var signedIn = User.Identity?.IsAuthenticated == true ? await users.GetUserAsync(User) : null;
        return View(nameof(Accept), new InvitationPage(link, form, signedIn?.Email, signedIn is not null && signedIn.Id == link.AccountId));
    }

    private ViewResult Closed(InvitationState state)
    {
        Response.StatusCode = state == InvitationState.Unknown ? StatusCodes.Status400BadRequest : StatusCodes.Status410Gone;
        return View(nameof(Closed), state);
    }

    private static JoinTeamForm Blanked(JoinTeamForm form)
    {
        form.Password = "";
        return form;
    }
}
