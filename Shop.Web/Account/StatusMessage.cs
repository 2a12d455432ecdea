namespace Shop.Web.Account;

/// <summary>A one-line "done" message carried across a redirect in TempData and shown by _StatusMessage.</summary>
public static class StatusMessage
{
    public const string Key = "AccountStatus";
}
