using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QRCoder;
using Shop.Web.Data;

namespace Shop.Web.Account;

/// <summary>Two-factor authentication with an authenticator app (TOTP, Identity's authenticator token provider).</summary>
[Authorize]
[Route("account/two-factor")]
public sealed class TwoFactorController(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, IOptions<ShopOptions> shop) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        return View(new TwoFactorPage(enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0));
    }

    [HttpGet("enable")]
    public async Task<IActionResult> Enable()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(await SetupAsync(user, new AuthenticatorSetup()));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(AuthenticatorSetup form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (ModelState.IsValid &&
            !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, FormResults.StripCode(form.Code)))
            ModelState.AddModelError(nameof(form.Code), "That code didn't match. Check that the app shows the code for this shop and try the current one.");
        if (!ModelState.IsValid) return this.FormWithErrors(await SetupAsync(user, form));

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        // Turning two-factor on renews the security stamp; keep this session signed in.
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key next time: the old one may still sit in an app or a screenshot.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        TempData[StatusMessage.Key] = "Two-factor authentication is off.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<AuthenticatorSetup> SetupAsync(ShopUser user, AuthenticatorSetup form)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var issuer = Uri.EscapeDataString(shop.Value.Name);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        form.SharedKey = Grouped(key);
        form.QrCodeImage = QrCodeDataUri(uri);
        form.Code = "";
        return form;
    }

    /// <summary>A PNG data URI: the CSP allows data: images, but no inline script to draw one.</summary>
    private static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>"abcd efgh ..." is easier to type into an app by hand.</summary>
    private static string Grouped(string key)
    {
        var s = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0) s.Append(' ');
            s.Append(char.ToLowerInvariant(key[i]));
        }
        return s.ToString();
    }
}
