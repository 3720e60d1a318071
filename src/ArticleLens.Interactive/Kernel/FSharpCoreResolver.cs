using System.Reflection;
using System.Runtime.Loader;

namespace ArticleLens.Interactive.Kernel;

/// <summary>
/// Plotly.NET 6 asks for FSharp.Core 10.1 while the kernel has already loaded 10.0: answer any FSharp.Core request
/// with the one already in the process (NOTEBOOKS.md, "the FSharp.Core trap"). Must run before the first chart is built.
/// </summary>
internal static class FSharpCoreResolver
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
            AssemblyLoadContext.Default.Resolving += Resolve;
    }

    private static Assembly? Resolve(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies()
                .Where(a => a.GetName().Name == "FSharp.Core")
                .OrderByDescending(a => a.GetName().Version)
                .FirstOrDefault()
            : null;
}
