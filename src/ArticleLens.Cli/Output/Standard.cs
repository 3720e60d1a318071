using System.Text;

namespace ArticleLens.Cli.Output;

/// <summary>The process's standard output for commands that print many rows.</summary>
internal static class Standard
{
    /// <summary>
    /// A buffered UTF-8 writer on stdout when it is redirected to a file or pipe (one write per 64 KB instead of per row);
    /// the console itself otherwise. Dispose or flush it when done.
    /// </summary>
    public static TextWriter Output() =>
        Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false }
            : new NonClosing(Console.Out);

    /// <summary>Console.Out behind a writer whose disposal does not close the console.</summary>
    internal sealed class NonClosing(TextWriter inner) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void Write(string? value) => inner.Write(value);

        public override void Flush() => inner.Flush();
    }
}
