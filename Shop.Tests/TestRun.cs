namespace Shop.Tests;

/// <summary>What the whole run shares: removes the prepared databases (<see cref="DatabaseTemplates"/>) after the last test.</summary>
[SetUpFixture]
public class TestRun
{
    [OneTimeTearDown]
    public void DeleteDatabaseTemplates() => DatabaseTemplates.DeleteAll();
}
