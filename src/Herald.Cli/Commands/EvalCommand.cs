using System.CommandLine;

namespace Herald.Cli.Commands;

/// <summary><c>herald eval</c>: accuracy figures on gold data, one subcommand per layer.</summary>
internal static class EvalCommand
{
    public static Command Create() => new("eval", "Measure accuracy against gold-standard data.")
    {
        EvalTaggerCommand.Create(),
        EvalNerCommand.Create(),
        EvalParserCommand.Create(),
        EvalSegmentCommand.Create(),
        EvalConlluCommand.Create(),
        EvalQuotesCommand.Create(),
        EvalTimeCommand.Create(),
        EvalExtractCommand.Create(),
        EvalGeoCommand.Create(),
        EvalToneCommand.Create(),
        EvalPetrarchCommand.Create(),
    };
}
