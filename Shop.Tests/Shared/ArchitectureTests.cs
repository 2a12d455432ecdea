using System.Reflection;
using Shop.Domain;
using Shop.Web.Catalog;
using Shop.Web.Data;

namespace Shop.Tests.Shared;

/// <summary>The house rules that keep features apart, checked on the compiled assemblies.</summary>
public class ArchitectureTests
{
    [Test]
    public void No_two_features_use_each_other_even_through_others()
    {
        var graph = FeatureDependencies.Of(typeof(Program).Assembly);
        var cycles = FeatureDependencies.Cycles(graph);
        Assert.That(cycles, Is.Empty, "Feature folders in a cycle:\n" + string.Join("\n", cycles));
    }

    [Test]
    public void The_check_sees_features_using_each_other()
    {
        // The reader itself: known uses show up, and a cycle is found.
        var graph = FeatureDependencies.Of(typeof(Program).Assembly);
        Assert.That(graph.Keys, Is.SupersetOf(new[] { "Account", "Admin", "Cart", "Catalog", "Checkout", "Orders" }));
        Assert.That(graph["Admin"].Keys, Does.Contain("Data"));
        Assert.That(graph, Does.Not.ContainKey("Data"), "the database maps the domain; features map their own entities");
        Assert.That(FeatureDependencies.Cycles(new()
        {
            ["A"] = new() { ["B"] = "a" }, ["B"] = new() { ["C"] = "b" }, ["C"] = new() { ["A"] = "c" },
        }), Has.Count.EqualTo(1));
    }

    [Test]
    public void The_domain_uses_nothing_but_the_base_library()
    {
        var references = typeof(Money).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.That(references, Has.All.Matches<string?>(n => n == "System" || n is null || n!.StartsWith("System.", StringComparison.Ordinal)
                                                                || n is "netstandard" or "mscorlib"), string.Join(", ", references));
    }

    [Test]
    public void Only_the_write_turn_runner_takes_a_turn_so_every_transaction_ends_inside_it()
    {
        var take = typeof(WriteTurns).GetMethod("TakeAsync", BindingFlags.Instance | BindingFlags.NonPublic)!;
        var callers = FeatureDependencies.Callers(typeof(Program).Assembly, take);
        Assert.That(callers, Is.EquivalentTo(new[] { typeof(WriteTurns) }));
    }

    [Test]
    public void Only_the_one_source_of_catalog_change_tells_the_catalog_cache()
    {
        var changed = typeof(CatalogCache).GetMethod(nameof(CatalogCache.ChangedAsync), BindingFlags.Instance | BindingFlags.NonPublic)!;
        var callers = FeatureDependencies.Callers(typeof(Program).Assembly, changed);
        Assert.That(callers, Is.EquivalentTo(new[] { typeof(CatalogChanges) }));
    }

    [Test]
    public void Only_the_stock_path_moves_stock_in_the_database()
    {
        // Stock is moved with conditional UPDATEs in one class; everyone else asks it (or sets stock on a tracked product).
        var update = typeof(Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions).Assembly
            .GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name == "ExecuteUpdateAsync").ToList();
        var movers = update.SelectMany(m => FeatureDependencies.Callers(typeof(Program).Assembly, m))
            .Where(t => t.Namespace is not ("Shop.Web.Cart" or "Shop.Web.Account" or "Shop.Web.BackInStock")).Distinct().ToList();
        Assert.That(movers, Is.EquivalentTo(new[] { typeof(StockLevels), typeof(Shop.Web.Orders.OrderHolds) }),
            "ExecuteUpdate outside the stock path (OrderHolds counts discount uses)");
    }
}
