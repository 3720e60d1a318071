using System.CommandLine;
using System.CommandLine.Help;
using ArticleLens.Cli;
using ArticleLens.Cli.Commands;

JitProfile.Start(args);

// A plain command named articlelens rather than a RootCommand, which takes its name from the host (ArticleLens.Cli under dotnet run).
var root = new Command("articlelens", "Read diplomatic news closely. With no command, runs the main job on seeds/.")
{
    new HelpOption(),
    new VersionOption(),
    SummaryCommand.Create(),
    ArticlesCommand.Create(),
    TokensCommand.Create(),
    KwicCommand.Create(),
    ThemesCommand.Create(),
    PledgesCommand.Create(),
    CountriesCommand.Create(),
    ReportCommand.Create(),
};
MainJob.Attach(root);

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"articlelens: {error.Message}");
    Console.Error.WriteLine("Run 'articlelens --help' for usage.");
    return Outcome.Usage;
}
return parse.Invoke();
