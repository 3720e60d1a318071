namespace ArticleLens.Cli.Commands;

/// <summary>A mistake in the command line that parsing alone cannot see; exits with code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
