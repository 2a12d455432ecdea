namespace Shop.Web.Payments.Simulated;

/// <summary>Braintree's sandbox test amounts: the amount of a sale decides its fate.</summary>
public static class SandboxAmounts
{
    /// <summary>2000.00–2999.99: processor-declined with the whole part as the code; 3000.00–3000.99: FAILED.</summary>
    public static (string Code, string Message, bool Soft)? Decline(decimal amount) => amount switch
    {
        >= 2000m and < 3000m => Declined((int)decimal.Truncate(amount)),
        >= 3000m and < 3001m => ("3000", "Processor Network Unavailable - Try Again", true),
        _ => null,
    };

    /// <summary>5001.00 is gateway-rejected as "application incomplete".</summary>
    public static bool IsApplicationIncomplete(decimal amount) => amount == 5001.00m;

    /// <summary>5001.01 is processor-declined (2038) for PayPal in the sandbox's mocked PayPal flow; cards pay.</summary>
    public static bool IsPayPalDeclined(decimal amount) => amount == 5001.01m;

    private static (string, string, bool) Declined(int code) => (code.ToString(System.Globalization.CultureInfo.InvariantCulture), code switch
    {
        2000 => "Do Not Honor",
        2001 => "Insufficient Funds",
        2002 => "Limit Exceeded",
        2003 => "Cardholder's Activity Limit Exceeded",
        2004 => "Expired Card",
        2005 => "Invalid Credit Card Number",
        2006 => "Invalid Expiration Date",
        2007 => "No Account",
        2010 => "Card Issuer Declined CVV",
        2014 => "Processor Declined - Fraud Suspected",
        2015 => "Transaction Not Allowed",
        2046 => "Declined",
        _ => "Processor Declined",
    }, code is not (2004 or 2005 or 2006 or 2007 or 2010 or 2014 or 2015));
}
