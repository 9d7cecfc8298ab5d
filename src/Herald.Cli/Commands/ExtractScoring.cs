using System.Diagnostics;
using Herald.Extraction;
using Herald.Extraction.Evaluation;
using Herald.Sources;

namespace Herald.Cli.Commands;

/// <summary>The figures of one extraction data set, and a per-page score to find the worst pages by.</summary>
internal sealed record ExtractReport(string Name, int Pages, int Failed, double Seconds, IReadOnlyList<(string Name, double Value)> Figures, IReadOnlyList<(string Page, double Score)> PageScores);

/// <summary>Runs the extractor over each data set's pages and scores them with that set's metric.</summary>
internal static class ExtractScoring
{
    public static ExtractReport Fundus(string folder)
    {
        var clock = Stopwatch.StartNew();
        var pages = ExtractionDataSets.Fundus(folder);
        var scores = new List<ShingleMetric.PageScore>();
        var perPage = new List<(string, double)>();
        var failed = 0;
        foreach (var page in pages)
        {
            var text = Extract(page, ref failed)?.Text ?? "";
            var score = ShingleMetric.Score(page.Body ?? "", text);
            scores.Add(score);
            perPage.Add((page.Name, score.TruePositives));
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
        var perPage = new List<(string, double)>();
        var failed = 0;
        foreach (var page in pages)
        {
            var text = Extract(page, ref failed)?.Text ?? "";
            var errors = metric.Add(text, page.With, page.Without);
            perPage.Add((page.Name, -errors));
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
        var perPage = new List<(string, double)>();
        double precision = 0, recall = 0, f1 = 0;
        int titles = 0, titlesRight = 0, authors = 0, authorsRight = 0, dates = 0, datesRight = 0, failed = 0;
        foreach (var page in pages)
        {
            var article = Extract(page, ref failed);
            var (p, r, f) = WordOverlap.Score(article?.Text ?? "", page.Body ?? "");
            (precision, recall, f1) = (precision + p, recall + r, f1 + f);
            perPage.Add((page.Name, f));
            var info = article?.Info;
            Count(page.Title, g => MetadataMatch.Title(info?.Title, g), ref titles, ref titlesRight);
            Count(page.Author, g => MetadataMatch.Author(info?.Authors ?? [], g), ref authors, ref authorsRight);
            Count(page.Date, g => MetadataMatch.Date(info?.Published, g), ref dates, ref datesRight);
        }
        var n = Math.Max(1, pages.Count);
        return new ExtractReport("wcxb (article pages)", pages.Count, failed, clock.Elapsed.TotalSeconds,
            [("word_precision", precision / n), ("word_recall", recall / n), ("word_f1", f1 / n),
             ("title_accuracy", Ratio(titlesRight, titles)), ("author_accuracy", Ratio(authorsRight, authors)),
             ("date_accuracy", Ratio(datesRight, dates)), ("pages_with_title", titles), ("pages_with_author", authors),
             ("pages_with_date", dates)], perPage);
    }

    private static void Count(string? gold, Func<string, bool> right, ref int total, ref int correct)
    {
        if (string.IsNullOrWhiteSpace(gold))
            return;
        total++;
        if (right(gold))
            correct++;
    }

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
