using System.CommandLine;
using ArticleLens.Cli.Commands;

var root = new RootCommand("articlelens: read diplomatic news closely. With no command, runs the main job on seeds/.")
{
    SummaryCommand.Create(),
    ArticlesCommand.Create(),
    TokensCommand.Create(),
    KwicCommand.Create(),
    ThemesCommand.Create(),
    PledgesCommand.Create(),
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
