using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Shop.Domain.Ordering;
using Shop.Web.Catalog;
using Shop.Web.Languages;
using Shop.Web.Shared;

namespace Shop.Web.Checkout;

/// <summary>
/// A Pay for a variant this node already knows is sold out skips the Pay queue, and is answered right after it, before
/// sign-in, antiforgery and MVC: its answer ("sold out", back to the cart) needs neither the database nor a turn, and in
/// a flash sale nine shoppers in ten get it. The reviewed quote travels in the Pay URL for this (sealed, so it cannot be
/// made up). An attempt this node already took to the database (a double click whose twin may have bought the last
/// unit) and a Pay without a checkout draft (a re-post after paying) go on to the checkout, which finds their order.
/// </summary>
public sealed class LateForTheSale(CheckoutQuote quotes, SoldOutVariants soldOut, CheckoutAttempts attempts) : IAnsweredWithoutTurn
{
    public bool IsKnown(HttpContext http) => Quote(http) is { } quote && soldOut.WasSoldOut(quote.VariantIds);

    public async Task<bool> TryAnswerAsync(HttpContext http)
    {
        if (!http.Request.Cookies.ContainsKey(CheckoutDraft.CookieName) || !http.Request.HasFormContentType) return false;
        if (Quote(http) is not { } quote) return false;
        if (await soldOut.FirstAsync(quote.VariantIds, LanguagePrefix.Of(http)) is not { } product) return false;
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!Guid.TryParse(form["attemptKey"], out var attemptKey) || attempts.WereTaken(attemptKey)) return false;

        var tempData = http.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(http);
        TellSoldOut(tempData, CheckoutService.SoldOut(product), attemptKey);
        tempData.Save();
        http.Response.Redirect(http.Request.PathBase + "/cart");
        return true;
    }

    /// <summary>
    /// What the cart shows after a Pay told "sold out", and, when the database was not asked, the attempt whose order
    /// the cart looks for (<see cref="IAttemptOrders"/>): a double click's first post may have bought it on another node.
    /// </summary>
    public static void TellSoldOut(ITempDataDictionary tempData, string message, Guid? unsought)
    {
        tempData[Cart.CartPage.Warning] = message;
        if (unsought is { } attempt) tempData[IAttemptOrders.Mark] = attempt.ToString();
    }

    /// <summary>The quote in the URL, unsealed once per request (it is asked before and after the queue).</summary>
    private OrderQuote? Quote(HttpContext http)
    {
        if (http.Items.TryGetValue(typeof(LateForTheSale), out var read)) return read as OrderQuote;
        var quote = quotes.Read(http.Request.Query[CheckoutQuote.Field]);
        http.Items[typeof(LateForTheSale)] = quote;
        return quote;
    }
}
