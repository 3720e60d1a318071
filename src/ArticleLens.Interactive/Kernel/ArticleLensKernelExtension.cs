using ArticleLens.Interactive.Text;
using ArticleLens.Interactive.Themes;
using Microsoft.DotNet.Interactive;

namespace ArticleLens.Interactive.Kernel;

/// <summary>
/// Teaches a .NET Interactive kernel to show ArticleLens objects: HTML formatters for the library's types and XPlot charts,
/// and the FSharp.Core resolver that Plotly.NET charts need. Loaded by <see cref="ArticleLensNotebook.Load"/>.
/// </summary>
public sealed class ArticleLensKernelExtension : IKernelExtension
{
    /// <summary>Each area's formatter registration: one line per area.</summary>
    private static readonly Action[] Registrations =
    [
        XPlotHtml.Register,
        TextHtml.Register,
        ThemeHtml.Register,
        Pledges.PledgeHtml.Register,
    ];

    /// <inheritdoc/>
    public Task OnLoadAsync(Microsoft.DotNet.Interactive.Kernel kernel)
    {
        Register();
        return Task.CompletedTask;
    }

    /// <summary>Registers the resolver and every formatter (idempotent).</summary>
    internal static void Register()
    {
        FSharpCoreResolver.Register();
        foreach (var register in Registrations)
            register();
    }
}
