using System.Diagnostics;
using System.Text.Json.Nodes;
using Herald.Extraction;
using Herald.Extraction.Evaluation;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary>The figures of one extraction data set, and each page's result to find the worst pages by.</summary>
internal sealed record ExtractReport(string Name, int Pages, int Failed, double Seconds, IReadOnlyList<(string Name, double Value)> Figures, IReadOnlyList<PageResult> PageResults);

/// <summary>One page's score (higher is better) and what was extracted next to the gold answer, for <c>--details</c>.</summary>
internal sealed record PageResult(string Page, double Score, JsonObject Details);

/// <summary>Runs the extractor over each data set's pages and scores them with that set's metric.</summary>
internal static class ExtractScoring
{
    public static ExtractReport Fundus(string folder)
    {
        var clock = Stopwatch.StartNew();
        var pages = ExtractionDataSets.Fundus(folder);
        var scores = new List<ShingleMetric.PageScore>();
        var perPage = new List<PageResult>();
        var failed = 0;
        foreach (var page in pages)
        {
            var text = Extract(page, ref failed)?.Text ?? "";
            var score = ShingleMetric.Score(page.Body ?? "", text);
            scores.Add(score);
            var (p, r) = (ShingleMetric.Precision(score), ShingleMetric.Recall(score));
            perPage.Add(new PageResult(page.Name, F1(p, r), new JsonObject
            {
                ["precision"] = p, ["recall"] = r, ["extracted"] = text, ["gold"] = page.Body,
            }));
        }
        var (precision, recall, f1, accuracy) = ShingleMetric.Summarise(scores);
        return new ExtractReport("fundus (article-extraction-benchmark metric)", pages.Count, failed, clock.Elapsed.TotalSeconds,
            [("precision", precision), ("recall", recall), ("f1", f1), ("exact_match", accuracy)], perPage);
    }

    public static ExtractReport Trafilatura(string folder)
    {
        var clock = Stopwatch.StartNew();
        var pages = ExtractionDataSets.Trafilatura(folder);
        var metric = new SnippetMetric();
        var perPage = new List<PageResult>();
        var failed = 0;
        foreach (var page in pages)
        {
            var text = Extract(page, ref failed)?.Text ?? "";
            var errors = metric.Add(text, page.With, page.Without);
            perPage.Add(new PageResult(page.Name, -errors, new JsonObject
            {
                ["missing"] = Snippets(page.With.Where(w => !text.Contains(w, StringComparison.Ordinal))),
                ["unwanted"] = Snippets(page.Without.Where(w => text.Contains(w, StringComparison.Ordinal))),
                ["extracted"] = text,
            }));
        }
        return new ExtractReport("trafilatura (with/without snippets)", pages.Count, failed, clock.Elapsed.TotalSeconds,
            [("precision", metric.Precision), ("recall", metric.Recall), ("accuracy", metric.Accuracy), ("f", metric.F),
             ("true_positives", metric.TruePositives), ("false_negatives", metric.FalseNegatives),
             ("false_positives", metric.FalsePositives), ("true_negatives", metric.TrueNegatives)], perPage);
    }

    public static ExtractReport Wcxb(string folder)
    {
        var clock = Stopwatch.StartNew();
        var pages = ExtractionDataSets.Wcxb(folder);
        var perPage = new List<PageResult>();
        double precision = 0, recall = 0, f1 = 0;
        int titles = 0, titlesRight = 0, authors = 0, authorsRight = 0, dates = 0, datesRight = 0, failed = 0;
        foreach (var page in pages)
        {
            var article = Extract(page, ref failed);
            var (p, r, f) = WordOverlap.Score(article?.Text ?? "", page.Body ?? "");
            (precision, recall, f1) = (precision + p, recall + r, f1 + f);
            var info = article?.Info;
            perPage.Add(new PageResult(page.Name, f, new JsonObject
            {
                ["precision"] = p, ["recall"] = r,
                ["title"] = Count(page.Title, info?.Title, g => MetadataMatch.Title(info?.Title, g), ref titles, ref titlesRight),
                ["author"] = Count(page.Author, info is null ? null : string.Join("; ", info.Authors), g => MetadataMatch.Author(info?.Authors ?? [], g), ref authors, ref authorsRight),
                ["date"] = Count(page.Date, info?.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), g => MetadataMatch.Date(info?.Published, g), ref dates, ref datesRight),
                ["url"] = page.Url, ["extracted"] = article?.Text, ["gold"] = page.Body,
            }));
        }
        var n = Math.Max(1, pages.Count);
        return new ExtractReport("wcxb (article pages)", pages.Count, failed, clock.Elapsed.TotalSeconds,
            [("word_precision", precision / n), ("word_recall", recall / n), ("word_f1", f1 / n),
             ("title_accuracy", Ratio(titlesRight, titles)), ("author_accuracy", Ratio(authorsRight, authors)),
             ("date_accuracy", Ratio(datesRight, dates)), ("pages_with_title", titles), ("pages_with_author", authors),
             ("pages_with_date", dates)], perPage);
    }

    // Counts one metadata field against its gold value, when there is one; returns both values and the verdict.
    private static JsonObject? Count(string? gold, string? predicted, Func<string, bool> right, ref int total, ref int correct)
    {
        if (string.IsNullOrWhiteSpace(gold))
            return null;
        total++;
        var isRight = right(gold);
        if (isRight)
            correct++;
        return new JsonObject { ["right"] = isRight, ["predicted"] = predicted, ["gold"] = gold };
    }

    private static double F1(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;

    private static JsonArray Snippets(IEnumerable<string> snippets) => new([.. snippets.Select(s => (JsonNode?)s)]);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    // A page that cannot be read scores as an empty extraction.
    private static HtmlArticle? Extract(EvalPage page, ref int failed)
    {
        foreach (var item in ArticleSources.Read(page.HtmlPath))
        {
            if (item.Article is { } raw)
                return HtmlArticleExtractor.Extract(raw.Content, page.Url);
            break;
        }
        failed++;
        return null;
    }
}
