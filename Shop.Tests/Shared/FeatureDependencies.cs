using System.Reflection;
using System.Reflection.Emit;

namespace Shop.Tests.Shared;

/// <summary>
/// Which feature folders of Shop.Web use which, read from the compiled assembly: every type's signatures, attributes
/// and method bodies (IL), Razor views by the folder of their .cshtml. A feature is the second part of a namespace
/// (Shop.Web.Catalog.*); the root namespace (Program, options) is the composition root and counts as none.
/// </summary>
public static class FeatureDependencies
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
                                          | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Feature → features it uses, each with one example ("Type uses Type") to say why.</summary>
    public static Dictionary<string, Dictionary<string, string>> Of(Assembly assembly)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>();
        foreach (var type in assembly.GetTypes())
        {
            if (FeatureOf(type) is not { } from) continue;
            foreach (var used in Used(type))
            {
                if (used.Assembly != assembly || FeatureOf(used) is not { } to || to == from) continue;
                var edges = graph.TryGetValue(from, out var e) ? e : graph[from] = new();
                edges.TryAdd(to, $"{type.FullName} uses {used.FullName}");
            }
        }
        return graph;
    }

    /// <summary>The cycles of the graph, each as "A → B → A" with the reason of every step.</summary>
    public static List<string> Cycles(Dictionary<string, Dictionary<string, string>> graph)
    {
        var cycles = new List<string>();
        foreach (var start in graph.Keys.Order())
        {
            // Shortest way back to start, breadth first.
            var previous = new Dictionary<string, string>();
            var queue = new Queue<string>([start]);
            string? closing = null;
            while (queue.Count > 0 && closing is null)
            {
                var at = queue.Dequeue();
                foreach (var next in graph.GetValueOrDefault(at)?.Keys.Order() ?? Enumerable.Empty<string>())
                {
                    if (next == start) { closing = at; break; }
                    if (previous.TryAdd(next, at)) queue.Enqueue(next);
                }
            }
            if (closing is null) continue;
            var path = new List<string> { closing };
            while (path[^1] != start) path.Add(previous[path[^1]]);
            path.Reverse();
            path.Add(start);
            var steps = path.Zip(path.Skip(1), (a, b) => $"{a} → {b} ({graph[a][b]})");
            var cycle = string.Join("; ", steps);
            if (!cycles.Any(c => path.All(c.Contains))) cycles.Add(cycle);
        }
        return cycles;
    }

    /// <summary>The types whose code calls <paramref name="method"/> (compiler-made helpers count as their outer type).</summary>
    public static List<Type> Callers(Assembly assembly, MethodBase method)
    {
        var callers = new HashSet<Type>();
        foreach (var type in assembly.GetTypes())
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (!MembersInBody(m).Any(called => called is MethodBase c && SameMethod(c, method))) continue;
            var outer = type;
            while (outer.DeclaringType is { } d) outer = d;
            callers.Add(outer);
        }
        return callers.ToList();
    }

    private static bool SameMethod(MethodBase called, MethodBase method) =>
        called.Module == method.Module && called.MetadataToken == method.MetadataToken;

    public static string? FeatureOf(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        if (type.Namespace == "AspNetCoreGeneratedDocument")
        {
            var identifier = type.GetCustomAttributesData()
                .Where(a => a.AttributeType.Name == "RazorCompiledItemMetadataAttribute" && (string?)a.ConstructorArguments[0].Value == "Identifier")
                .Select(a => (string?)a.ConstructorArguments[1].Value).FirstOrDefault();
            var folder = identifier?.Split('/', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } parts ? parts[0] : null;
            return folder is "Views" ? "Shared" : folder;
        }
        var names = type.Namespace?.Split('.');
        return names is ["Shop", "Web", var feature, ..] ? feature : null;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        var seen = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !seen.Add(t)) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType && !t.IsGenericTypeDefinition) foreach (var a in t.GetGenericArguments()) Add(a);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var a in type.GetCustomAttributesData()) Add(a.AttributeType);
        foreach (var f in type.GetFields(Declared)) Add(f.FieldType);
        foreach (var p in type.GetProperties(Declared)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var a in m.GetCustomAttributesData()) Add(a.AttributeType);
            foreach (var t in TypesInBody(m)) Add(t);
        }
        return seen;
    }

    /// <summary>The types a method's IL names: the types, fields and methods its instructions point at.</summary>
    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        foreach (var member in MembersInBody(method))
        {
            switch (member)
            {
                case Type t: yield return t; break;
                case FieldInfo f: yield return f.DeclaringType!; yield return f.FieldType; break;
                case MethodBase m:
                    yield return m.DeclaringType!;
                    if (m.IsGenericMethod) foreach (var a in m.GetGenericArguments()) yield return a;
                    break;
            }
        }
    }

    private static IEnumerable<MemberInfo> MembersInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType?.IsGenericType == true ? method.DeclaringType.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = (short)il[i++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[i++]));
            var op = OpCodesByValue[value];
            var size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField)
            {
                var token = BitConverter.ToInt32(il, i);
                MemberInfo? member = null;
                try { member = module.ResolveMember(token, typeArgs, methodArgs); }
                catch (ArgumentException) { }
                if (member is not null) yield return member;
            }
            i += size;
        }
    }
}
