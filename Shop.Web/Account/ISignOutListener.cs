namespace Shop.Web.Account;

/// <summary>
/// A feature that keeps something of a signed-in session outside the sign-in cookie (live connections, a cookie of its
/// own) and forgets it when the browser signs out: by its button, its account deleted, or its session found ended at a
/// check. Called after the session ended on the server.
/// </summary>
public interface ISignOutListener
{
    Task SignedOutAsync(HttpContext http);
}
