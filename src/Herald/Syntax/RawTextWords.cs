using Herald.Extraction;
using Herald.Sources;
using Herald.Text;

namespace Herald.Syntax;

/// <summary>The words of raw news files (JSONL, text or HTML that Herald reads), article by article, as hashes, for models learnt from unlabelled text.</summary>
internal static class RawTextWords
{
    /// <summary>Calls <paramref name="add"/> with each article's word hashes (computed by <paramref name="hash"/>).</summary>
    public static void Read(IEnumerable<string> files, Func<ReadOnlySpan<char>, ulong> hash, Action<ReadOnlySpan<ulong>> add)
    {
        var spans = new List<TokenSpan>();
        var hashes = new List<ulong>();
        foreach (var file in files)
        {
            foreach (var item in ArticleSources.Read(file))
            {
                if (item.Article is not { } article)
                    continue;
                var text = ArticleExtractor.Extract(article).Text;
                spans.Clear();
                hashes.Clear();
                NewsTokenizer.Default.Tokenize(text, spans);
                foreach (var span in spans)
                    hashes.Add(hash(text.AsSpan(span.Start, span.Length)));
                add(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hashes));
            }
        }
    }
}
