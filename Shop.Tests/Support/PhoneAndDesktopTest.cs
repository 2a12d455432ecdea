using Microsoft.Playwright;

namespace Shop.Tests.Support;

/// <summary>
/// Base for browser fixtures that run twice, at phone and at desktop size: the fixture is declared with
/// [TestFixture("desktop")] and [TestFixture("phone")] and passes the name on.
/// </summary>
public abstract class PhoneAndDesktopTest(string device) : BrowserTest
{
    /// <summary>"phone" or "desktop".</summary>
    protected string Device => device;

    protected override ViewportSize Viewport => device == "phone" ? Phone : Desktop;
}
