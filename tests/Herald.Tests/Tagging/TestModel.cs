using Herald.Syntax.Tagging;

namespace Herald.Tests.Tagging;

/// <summary>The committed tagger model, loaded once for all tests.</summary>
internal static class TestModel
{
    private static readonly Lazy<TaggerModel> s_tagger = new(TaggerModel.LoadDefault);

    public static TaggerModel Tagger => s_tagger.Value;
}
