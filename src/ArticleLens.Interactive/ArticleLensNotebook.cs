using ArticleLens.Interactive.Kernel;

namespace ArticleLens.Interactive;

/// <summary>The one call a notebook makes after its <c>#r</c> cells.</summary>
public static class ArticleLensNotebook
{
    /// <summary>
    /// Registers the HTML formatters and the FSharp.Core resolver (a DLL referenced by path does not load its kernel
    /// extension by itself). Returns a line saying what is ready.
    /// </summary>
    public static string Load()
    {
        ArticleLensKernelExtension.Register();
        var version = typeof(ArticleLensNotebook).Assembly.GetName().Version?.ToString(3);
        return $"ArticleLens {version} is ready: articles, tokens and tables render as HTML; charts use Plotly.NET and XPlot.";
    }
}
