using System.Text.Json;
using Shop.Domain.Ordering;
using Shop.Web.Languages;

namespace Shop.Web.Orders;

/// <summary>The order statuses by name in the request's language, as JSON: the order pages' script says a live change with them.</summary>
public static class OrderStatusNames
{
    public static string Json => JsonSerializer.Serialize(Enum.GetValues<OrderStatus>().ToDictionary(s => s.ToString(), s => ShopText.Translate(s.ToString())));
}
