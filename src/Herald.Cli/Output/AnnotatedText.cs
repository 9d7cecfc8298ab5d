using System.Globalization;
using System.Text;
using Herald.Records;

namespace Herald.Cli.Output;

/// <summary>
/// An article for reading, with its annotations marked in the text: entity mentions as [text]{TYPE}, times
/// as [text]{TIME value}, quotes between «» with {QUOTE speaker}; then its entities, places and events.
/// </summary>
internal static class AnnotatedText
{
    public static string Render(ArticleRecord record)
    {
        var body = record.Article;
        var output = new StringBuilder();
        output.AppendLine(body.Title ?? "(untitled)");
        output.AppendLine(string.Join(" · ", new[] { body.Source, body.Published, body.Url, record.Id }.Where(s => !string.IsNullOrEmpty(s))));
        output.AppendLine();
        output.AppendLine(Marked(record));
        Section(output, "Entities", record.Entities.Select(e => $"{e.Name} ({e.Type}{(e.Country is null ? "" : ", " + e.Country)}), {e.Mentions.Count} mention(s)"));
        Section(output, "Places", record.Places.Select(p => $"{p.Name}{(p.Country is null ? "" : ", " + p.Country)}{(p.Lat is { } lat && p.Lon is { } lon ? string.Create(CultureInfo.InvariantCulture, $" ({lat:0.##}, {lon:0.##})") : "")}"));
        Section(output, "Events", record.Events.Select(e => $"{e.Source ?? "?"} --{e.Code}--> {e.Target ?? "?"}{(e.Date is null ? "" : " on " + e.Date)} ({e.Modality})"));
        return output.ToString();
    }

    private static string Marked(ArticleRecord record)
    {
        var text = record.Article.Text;
        // Marks as (position, order, text): at one position, closings (order 0) come before openings (order 1).
        var marks = new List<(int At, int Order, int Length, string Text)>();
        void Span(int start, int end, string open, string close)
        {
            if (start < 0 || end > text.Length || start >= end)
                return;
            marks.Add((start, 1, end - start, open));
            marks.Add((end, 0, end - start, close));
        }
        foreach (var m in record.Mentions)
            Span(m.Start, m.End, "[", $"]{{{m.Type}}}");
        foreach (var t in record.Times)
            Span(t.Start, t.End, "[", $"]{{TIME {t.Value}}}");
        foreach (var q in record.Quotes)
            Span(q.ContentStart, q.ContentEnd, "«", $"»{{QUOTE {q.SpeakerName ?? q.Source ?? "?"}}}");
        // Longer spans open first and close last, so that marks nest.
        marks.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Order != b.Order ? a.Order.CompareTo(b.Order)
            : a.Order == 1 ? b.Length.CompareTo(a.Length) : a.Length.CompareTo(b.Length));
        var output = new StringBuilder(text.Length + marks.Count * 8);
        var at = 0;
        foreach (var mark in marks)
        {
            output.Append(text, at, mark.At - at).Append(mark.Text);
            at = mark.At;
        }
        return output.Append(text, at, text.Length - at).ToString();
    }

    private static void Section(StringBuilder output, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
            return;
        output.AppendLine().AppendLine(title + ":");
        foreach (var line in list)
            output.Append("  ").AppendLine(line);
    }
}
