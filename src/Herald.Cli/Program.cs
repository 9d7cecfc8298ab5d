using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using Herald.Cli;
using Herald.Cli.Commands;
using Herald.Errors;

// Named here rather than after the assembly, which is Herald.Cli (an assembly "herald" would clash with the
// library "Herald": .NET matches assembly names without regard to case).
var root = new Command("herald", "Herald reads news and writes down what happened: text, entities, quotes, times and events.")
{
    new HelpOption(),
    new VersionOption(),
    AnalyzeCommand.Create(),
    ExtractCommand.Create(),
    BenchCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
    CompileCommand.Create(),
    IngestCommand.Create(),
    QueryCommands.Search(),
    QueryCommands.Events(),
    QueryCommands.Quotes(),
    QueryCommands.Entities(),
    ShowCommand.Create(),
    QueryCommands.Stats(),
    ExportCommand.Create(),
    ServeCommand.Create(),
    EnqueueCommand.Create(),
    WorkerCommand.Create(),
    StatusCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
{
    foreach (var error in parse.Errors)
        Console.Error.WriteLine($"herald: {error.Message}");
    Console.Error.WriteLine($"Try '{CommandPath(parse.CommandResult)} --help'.");
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
    // Herald handles Ctrl-C and failures itself: one line on stderr, never a stack trace.
    var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
    return await parse.InvokeAsync(invocation, cancel.Token).ConfigureAwait(false);
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    Console.Error.WriteLine("herald: interrupted");
    return ExitCodes.Interrupted;
}
catch (HeraldException exception)
{
    Console.Error.WriteLine($"herald: {exception.Error.Message}");
    return ExitCodes.SomeInputsFailed;
}
#pragma warning disable CA1031 // the last line of defence: a bug is reported in one line, not as a stack trace
catch (Exception exception)
#pragma warning restore CA1031
{
    Console.Error.WriteLine($"herald: internal error {ErrorCatalog.AnalysisFailed.Code}: {exception.GetType().Name}: {exception.Message}");
    Console.Error.WriteLine("herald: this is a bug in Herald; please report it with the command and input. Set HERALD_DEBUG=1 to see where it happened.");
    if (Environment.GetEnvironmentVariable("HERALD_DEBUG") == "1")
        Console.Error.WriteLine(exception);
    return ExitCodes.SomeInputsFailed;
}

// "herald eval tagger" for the innermost command the user reached.
static string CommandPath(CommandResult result)
{
    var names = new Stack<string>();
    for (SymbolResult? at = result; at is CommandResult command; at = command.Parent)
        names.Push(command.Command.Name);
    return string.Join(' ', names);
}
