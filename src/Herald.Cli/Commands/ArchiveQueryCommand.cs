using System.CommandLine;
using Herald.Cli.Output;
using Herald.Errors;
using Herald.Storage;

namespace Herald.Cli.Commands;

/// <summary>A command that asks the archive one question and prints the answer (search, events, quotes, entities, stats).</summary>
internal static class ArchiveQueryCommand
{
    public static Command Create(string name, string description, IEnumerable<Symbol> symbols, Func<ParseResult, IArchive, QueryResult> query)
    {
        var db = ArchiveOptions.Db();
        var format = ArchiveOptions.Format();
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            if (symbol is Argument argument)
                command.Arguments.Add(argument);
            else
                command.Options.Add((Option)symbol);
        }
        command.Options.Add(db);
        command.Options.Add(format);
        command.SetAction(parse => ArchiveOptions.Run(parse.GetRequiredValue(db), create: false, archive =>
        {
            QueryResult result;
            try
            {
                result = query(parse, archive);
            }
            catch (ArgumentException exception)
            {
                throw new HeraldException(new HeraldError(ErrorCatalog.BadOption, name, exception.Message), exception);
            }
            ResultWriter.Write(result, parse.GetRequiredValue(format), Console.Out);
            return ExitCodes.Success;
        }));
        return command;
    }
}
