using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;

namespace Herald.Tests.Parsing;

/// <summary>The committed parser and tagger models, loaded once for all tests.</summary>
internal static class ParserTestModel
{
    private static readonly Lazy<ParserModel> s_parser = new(ParserModel.LoadDefault);
    private static readonly Lazy<TaggerModel> s_tagger = new(TaggerModel.LoadDefault);

    public static ParserModel Parser => s_parser.Value;

    public static TaggerModel Tagger => s_tagger.Value;
}
