using System.CommandLine;

namespace Herald.Cli.Commands;

/// <summary><c>herald train</c>: train a model with Herald's own learning code, deterministically.</summary>
internal static class TrainCommand
{
    public static Command Create() => new("train", "Train a model from annotated data (deterministic: a fixed seed).")
    {
        TrainTaggerCommand.Create(),
        TrainNerCommand.Create(),
        TrainParserCommand.Create(),
    };
}
