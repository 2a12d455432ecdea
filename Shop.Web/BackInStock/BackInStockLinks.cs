using Shop.Web.Shared;

namespace Shop.Web.BackInStock;

/// <summary>
/// The signed codes in back-in-stock mail: confirm a guest's address, and stop the mail with one click (no sign-in).
/// Each names the request and its address, so a code cannot be turned on another address.
/// </summary>
public sealed class BackInStockLinks(SealedValues seals, PublicAddress address)
{
    private const string ConfirmPurpose = "Shop.BackInStock.Confirm.v1", StopPurpose = "Shop.BackInStock.Stop.v1";
    private static readonly TimeSpan ConfirmFor = TimeSpan.FromDays(7), StopFor = TimeSpan.FromDays(400);

    public sealed record Code(int RequestId, string Email);

    /// <param name="prefix">The language's path ("/de"), so the page the link opens speaks the mail's language.</param>
    public string ConfirmLink(int requestId, string email, string prefix = "") =>
        $"{address.Root}{prefix}/back-in-stock/confirm?code={Uri.EscapeDataString(seals.Seal(ConfirmPurpose, new Code(requestId, email), ConfirmFor))}";

    public string StopLink(int requestId, string email, string prefix = "") =>
        $"{address.Root}{prefix}/back-in-stock/stop?code={Uri.EscapeDataString(seals.Seal(StopPurpose, new Code(requestId, email), StopFor))}";

    /// <summary>Null when the code is cut, forged or expired.</summary>
    public Code? ReadConfirm(string? code) => seals.Open<Code>(ConfirmPurpose, code);

    public Code? ReadStop(string? code) => seals.Open<Code>(StopPurpose, code);
}
