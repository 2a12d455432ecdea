using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Shop.Web.Languages;

namespace Shop.Web.Admin.Team;

/// <summary>The staff and admins, and inviting new ones by email (<see cref="StaffInvitations"/>): admins only.</summary>
[Route("admin/team")]
[Authorize(Roles = StaffRoles.AdminOnly)]
public sealed class TeamController(StaffInvitations team) : AdminController
{
    private const string Prefix = nameof(TeamPage.Invite);

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await team.PageAsync(new InviteForm(), ct));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite([Bind(Prefix = Prefix)][CustomizeValidator(Skip = true)] InviteForm form, CancellationToken ct)
    {
        if (await ValidAsync(form, ct, Prefix))
        {
            if (await team.InviteAsync(form, Staff, ct) is not { } refusal)
            {
                Notice(ShopText.Translate("Invitation sent to {0}.", form.Email.Trim()));
                return RedirectToAction(nameof(Index));
            }
            ModelState.AddModelError($"{Prefix}.{nameof(InviteForm.Email)}", ShopText.Translate(refusal));
        }
        return Invalid(nameof(Index), await team.PageAsync(form, ct));
    }

    [HttpPost("invitations/{id:guid}/withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken ct)
    {
        var refusal = await team.WithdrawAsync(id, Staff, ct);
        Notice(ShopText.Translate(refusal ?? "Invitation withdrawn: its link no longer works."));
        return RedirectToAction(nameof(Index));
    }
}
