namespace Shop.Web.Admin.Orders;

public enum OrderActionOutcome
{
    Done,
    /// <summary>The order's status or the form's amount does not allow it.</summary>
    Refused,
    /// <summary>The gateway answered no.</summary>
    GatewayRefused,
    /// <summary>The gateway could not be reached or did not confirm: try again later, after looking.</summary>
    GatewayUnavailable,
    NotFound,
}
