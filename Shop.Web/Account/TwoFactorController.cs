using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using QRCoder;
using Shop.Web.Data;
using Shop.Web.Languages;

namespace Shop.Web.Account;

/// <summary>Two-factor authentication with an authenticator app (TOTP, Identity's authenticator token provider).</summary>
[Authorize]
[Route("account/two-factor")]
public sealed class TwoFactorController(UserManager<ShopUser> users, SignInManager<ShopUser> signIn, Reauthentication reauth,
    PendingAuthenticatorKey pendingKeys, IOptions<ShopOptions> shop) : Controller
{
    private const int RecoveryCodeCount = 10;

    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        return View(await PageAsync(user));
    }

    /// <summary>
    /// The key being set up stays the same across visits, so a reload after scanning does not break the app's entry;
    /// it is made without renewing the security stamp, so a link from anywhere cannot sign out other sessions.
    /// A key in use is never shown: this page is gone once two-factor is on, and turning it off discards the key.
    /// </summary>
    [HttpGet("enable")]
    public async Task<IActionResult> Enable()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        return View(await SetupAsync(user, new AuthenticatorSetup()));
    }

    /// <summary>A fresh key, for a set-up key that may have been seen by someone else.</summary>
    [HttpPost("new-key")]
    public async Task<IActionResult> NewKey()
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user); // the new key renewed the security stamp
        TempData[StatusMessage.Key] = ShopText.Translate("A new key: scan the QR code again and remove the old entry from your app.");
        return RedirectToAction(nameof(Enable));
    }

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(AuthenticatorSetup form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.CurrentPassword, allowCode: false) is { } refusal)
            ModelState.AddModelError(nameof(form.CurrentPassword), refusal);
        if (ModelState.IsValid &&
            !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, FormResults.StripCode(form.Code)))
            ModelState.AddModelError(nameof(form.Code), ShopText.Translate("That code didn't match. Check that the app shows the code for this shop and try the current one."));
        // The key being set up (not yet in use) is shown again, so the shopper can correct a mistyped code.
        if (!ModelState.IsValid) return this.FormWithErrors(await SetupAsync(user, form));

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        // Turning two-factor on renews the security stamp; keep this session signed in.
        await signIn.RefreshSignInAsync(user);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("recovery-codes")]
    public async Task<IActionResult> NewRecoveryCodes([Bind(Prefix = "Codes")] ConfirmIdentityForm form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        if (await RefusedAsync(user, form, "Codes") is { } refused) return refused;
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount);
        return View("RecoveryCodes", codes!.ToList());
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable([Bind(Prefix = "Disable")] ConfirmIdentityForm form)
    {
        if (await users.GetUserAsync(User) is not { } user) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return RedirectToAction(nameof(Index));
        if (await RefusedAsync(user, form, "Disable") is { } refused) return refused;
        await users.SetTwoFactorEnabledAsync(user, false);
        // A new key next time: the old one may still sit in an app or a screenshot.
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.ForgetTwoFactorClientAsync();
        await signIn.RefreshSignInAsync(user);
        TempData[StatusMessage.Key] = ShopText.Translate("Two-factor authentication is off.");
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The two-factor page again with the message by the form that was sent, or null when the secret is right.</summary>
    private async Task<IActionResult?> RefusedAsync(ShopUser user, ConfirmIdentityForm form, string prefix)
    {
        var field = $"{prefix}.{nameof(form.Secret)}";
        if (ModelState.IsValid && await reauth.RefusalAsync(user, form.Secret) is { } refusal) ModelState.AddModelError(field, refusal);
        return ModelState.IsValid ? null : this.FormWithErrors(await PageAsync(user), nameof(Index));
    }

    private async Task<TwoFactorPage> PageAsync(ShopUser user)
    {
        var enabled = await users.GetTwoFactorEnabledAsync(user);
        return new TwoFactorPage(enabled, enabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    private async Task<AuthenticatorSetup> SetupAsync(ShopUser user, AuthenticatorSetup form)
    {
        var key = await pendingKeys.KeyAsync(user);
        var issuer = Uri.EscapeDataString(shop.Value.Name);
        var uri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        form.SharedKey = Grouped(key);
        form.QrCodeImage = QrCodeDataUri(uri);
        form.Code = "";
        form.CurrentPassword = "";
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
