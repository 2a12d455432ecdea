using Shop.Domain.Checkout;
using Shop.Web.Shared;

namespace Shop.Web.Documents;

/// <summary>An address as lines on paper, as the pages write it (<see cref="PostalAddress"/>), with its phone.</summary>
public static class PrintedAddress
{
    public static IEnumerable<string> Of(Address a) => PostalAddress.Of(a).All.Append(a.Phone ?? "").Where(l => !string.IsNullOrWhiteSpace(l));
}
