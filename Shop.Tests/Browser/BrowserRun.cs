namespace Shop.Tests.Browser;

/// <summary>Closes the Chromium that the browser tests of this namespace share (<see cref="SharedChromium"/>).</summary>
[SetUpFixture]
public class BrowserRun
{
    [OneTimeTearDown]
    public Task CloseChromium() => SharedChromium.CloseAsync();
}
