using Microsoft.EntityFrameworkCore;
using Shop.Web.Languages;

namespace Shop.Web.Operations;

/// <summary>
/// `dotnet Shop.Web.dll texts swap de en`: the German translations become the shop's own texts and its own (English)
/// texts become English translations (<see cref="MainTextSwap"/>). Run it when the first language of Shop:Languages
/// changes, then restart the shop with the new order.
/// </summary>
public static class TextsCommand
{
    public static bool IsRequested(string[] args) => args.Length > 0 && args[0].Equals("texts", StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length != 4 || !args[1].Equals("swap", StringComparison.OrdinalIgnoreCase)
            || Known(args[2]) is not { } newMain || Known(args[3]) is not { } oldMain || newMain == oldMain)
        {
            Console.Error.WriteLine($"Usage: texts swap NEW OLD, e.g. `texts swap de en`: the NEW language's translations become the shop's own texts, and its own texts (in OLD) become OLD translations. Languages: {string.Join(", ", ShopLanguages.Known)}.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var done = await scope.ServiceProvider.GetRequiredService<MainTextSwap>().SwapAsync(newMain, oldMain, CancellationToken.None);
        Console.Out.WriteLine($"The shop's own texts are now in '{newMain}': {done.Products} product{(done.Products == 1 ? "" : "s")}, {done.Categories} categor{(done.Categories == 1 ? "y" : "ies")} and {done.Pages} page{(done.Pages == 1 ? "" : "s")} took their '{newMain}' translation, keeping their old text as their '{oldMain}' translation.");
        if (done.ProductsLeft + done.CategoriesLeft + done.PagesLeft > 0)
            Console.Out.WriteLine($"Without a '{newMain}' translation, {done.ProductsLeft} product{(done.ProductsLeft == 1 ? "" : "s")}, {done.CategoriesLeft} categor{(done.CategoriesLeft == 1 ? "y" : "ies")} and {done.PagesLeft} page{(done.PagesLeft == 1 ? "" : "s")} kept their own text: translate them under /admin.");
        // Option words are a glossary, not texts of their own: swapping them would rename every product's options and variants.
        var words = await scope.ServiceProvider.GetRequiredService<Data.ShopDbContext>().Set<Domain.Catalog.OptionWordTranslation>()
            .CountAsync(t => t.Language == newMain);
        if (words > 0)
            Console.Out.WriteLine($"Option names and values are not swapped: {words} '{newMain}' option word{(words == 1 ? "" : "s")} will not show once '{newMain}' is first. Rename the products' options in '{newMain}' and translate them into '{oldMain}' under Products → Option words.");
        Console.Out.WriteLine($"Now put '{newMain}' first in Shop:Languages and restart the shop.");
        return 0;
    }

    private static string? Known(string code) => ShopLanguages.Known.FirstOrDefault(k => k.Equals(code, StringComparison.OrdinalIgnoreCase));
}
