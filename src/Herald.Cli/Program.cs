using System.CommandLine;
using System.CommandLine.Help;
using Herald.Cli;
using Herald.Cli.Commands;

// Named here rather than after the assembly, which is Herald.Cli (an assembly "herald" would clash with the
// library "Herald": .NET matches assembly names without regard to case).
var root = new Command("herald", "Herald reads news and writes down what happened: text, entities, quotes, times and events.")
{
    new HelpOption(),
    new VersionOption(),
    AnalyzeCommand.Create(),
    BenchCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"herald: {error.Message}");
    var command = string.Join(' ', parse.CommandResult.Command == root ? ["herald"] : new[] { "herald", parse.CommandResult.Command.Name });
    Console.Error.WriteLine($"Try '{command} --help'.");
    return ExitCodes.UsageError;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
try
{
    return await parse.InvokeAsync(cancellationToken: cancel.Token).ConfigureAwait(false);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("herald: interrupted");
    return ExitCodes.Interrupted;
}
