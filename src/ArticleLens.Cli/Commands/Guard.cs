namespace ArticleLens.Cli.Commands;

/// <summary>Runs a command action so that failures become one clear line on stderr, never a stack trace.</summary>
internal static class Guard
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"articlelens: {e.Message}");
            return Outcome.Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or ArgumentException)
        {
            Console.Error.WriteLine($"articlelens: {e.Message}");
            return Outcome.Usage;
        }
    }
}
