using Microsoft.Playwright;

namespace Shop.Tests.Support;

/// <summary>
/// One headless Debian Chromium for the whole test run: launching it costs a second or more, and each browser test
/// fixture works in its own browser contexts (own cookies and storage), so fixtures need not each launch one.
/// <see cref="Browser.BrowserRun"/> closes it after the last browser test.
/// </summary>
public static class SharedChromium
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static async Task<IBrowser> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true }) return _browser;
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = BrowserTest.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            return _browser;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task CloseAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_browser is not null) await _browser.CloseAsync();
            _playwright?.Dispose();
            (_browser, _playwright) = (null, null);
        }
        finally
        {
            Gate.Release();
        }
    }
}
