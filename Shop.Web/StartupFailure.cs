namespace Shop.Web;

/// <summary>
/// A start-up problem the operator can fix, such as a missing or wrong setting; its message is the one sentence saying
/// what to do, and Program prints only that sentence (see <see cref="Operations.StartupFailures"/>).
/// </summary>
public sealed class StartupFailure(string sentence) : Exception(sentence);
