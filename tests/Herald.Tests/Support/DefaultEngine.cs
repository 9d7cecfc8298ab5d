using Herald.Analysis;
using Herald.Documents;

namespace Herald.Tests.Support;

/// <summary>One engine with Herald's default stages and committed models, shared by the tests that analyse text.</summary>
internal static class DefaultEngine
{
    private static readonly Lazy<HeraldEngine> s_engine = new(HeraldEngine.CreateDefault);

    public static Document Analyze(string text, ArticleInfo? info = null) => s_engine.Value.Analyze(text, info);

    /// <summary>Reads, extracts (boilerplate removed) and analyses the single article in <paramref name="path"/>.</summary>
    public static Document AnalyzeFile(string path, ArticleInfo? defaults = null) => s_engine.Value.Analyze(TempDir.Single(path), defaults);
}
