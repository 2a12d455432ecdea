namespace Shop.Web.Admin.Orders;

/// <summary>What a staff action on an order came to: done (with a message for staff), refused, or no such order.</summary>
public sealed record OrderActionResult(OrderActionOutcome Outcome, string Message)
{
    public static OrderActionResult Done(string message) => new(OrderActionOutcome.Done, message);

    /// <summary>The order's status does not allow it, or the form asked for too much: nothing changed.</summary>
    public static OrderActionResult Refused(string message) => new(OrderActionOutcome.Refused, message);

    /// <summary>The payment gateway said no: the order is unchanged.</summary>
    public static OrderActionResult GatewayRefused(string message) => new(OrderActionOutcome.GatewayRefused, message);

    /// <summary>The payment gateway could not be reached or did not confirm: the order's status is unchanged.</summary>
    public static OrderActionResult GatewayUnavailable(string message) => new(OrderActionOutcome.GatewayUnavailable, message);

    public static readonly OrderActionResult NotFound = new(OrderActionOutcome.NotFound, "");
}
