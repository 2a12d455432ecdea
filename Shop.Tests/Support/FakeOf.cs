using System.Reflection;

namespace Shop.Tests.Support;

/// <summary>An interface whose every call is answered by one function (by method name): a stand-in for a big client interface.</summary>
public class FakeOf<T> : DispatchProxy where T : class
{
    private Func<MethodInfo, object?[], object?> _answer = (m, _) => throw new NotSupportedException(m.Name);

    public static T Answering(Func<MethodInfo, object?[], object?> answer)
    {
        var fake = Create<T, FakeOf<T>>();
        ((FakeOf<T>)(object)fake)._answer = answer;
        return fake;
    }

    protected override object? Invoke(MethodInfo? method, object?[]? args) => _answer(method!, args ?? []);
}
