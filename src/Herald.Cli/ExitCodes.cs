namespace Herald.Cli;

/// <summary>The process exit codes; docs/errors.md documents the same table.</summary>
internal static class ExitCodes
{
    /// <summary>Every input was analysed.</summary>
    public const int Success = 0;

    /// <summary>Some inputs failed; the others were analysed and written.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int UsageError = 2;

    /// <summary>Interrupted by the user (Ctrl-C).</summary>
    public const int Interrupted = 130;
}
