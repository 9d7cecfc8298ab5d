using Herald.Analysis;
using Herald.Documents;
using Herald.Events;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>
/// Analyses text up to the quotes stage, marks actors by hand (every occurrence of each phrase gets its code:
/// the actor stage is another issue), then runs the event stage.
/// </summary>
internal static class HandActors
{
    private static readonly Lazy<HeraldEngine> s_engine = new(() => HeraldEngine.CreateDefault("quotes"));

    public static Document Code(string text, params (string Phrase, string Code)[] actors) => Code(text, null, actors);

    public static Document Code(string text, DateOnly? published, params (string Phrase, string Code)[] actors) => Code(EventStage.Default, text, published, actors);

    /// <summary>Codes with the patterns of <paramref name="lexicon"/> instead of Herald's own.</summary>
    public static Document Code(EventLexicon lexicon, string text, params (string Phrase, string Code)[] actors) => Code(new EventStage(lexicon, CameoTable.Default), text, null, actors);

    /// <summary>Codes a sentence parsed as written in CoNLL-U (see <see cref="WrittenTree"/>), not by the parser.</summary>
    public static Document CodeTree(string conllu, params (string Phrase, string Code)[] actors)
    {
        var document = WrittenTree.Parse(conllu);
        Mark(document, actors);
        EventStage.Default.Process(document);
        return document;
    }

    private static Document Code(EventStage events, string text, DateOnly? published, (string Phrase, string Code)[] actors)
    {
        var document = s_engine.Value.Analyze(text, new ArticleInfo { Published = published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null });
        Mark(document, actors);
        events.Process(document);
        return document;
    }

    public static void Mark(Document document, (string Phrase, string Code)[] actors)
    {
        var found = new List<ActorMention>();
        foreach (var (phrase, code) in actors)
        {
            for (var at = document.Text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var first = TokenAt(document, at);
                var last = TokenAt(document, at + phrase.Length - 1);
                if (first >= 0 && last >= first && !found.Any(a => a.TokenStart <= last && first < a.TokenEnd))
                    found.Add(new ActorMention(first, last + 1, code, null) { Country = code.Length >= 3 ? code[..3] : null });
            }
        }
        document.Actors.Clear();
        document.Actors.AddRange(found.OrderBy(a => a.TokenStart));
        document.MarkAssigned(Layers.Actors);
    }

    private static int TokenAt(Document document, int position)
    {
        for (var t = 0; t < document.TokenCount; t++)
        {
            var token = document.TokenRecords[t];
            if (token.Start <= position && position < token.End)
                return t;
        }
        return -1;
    }

    /// <summary>"SOURCE CODE TARGET" of each event, target "-" when none.</summary>
    public static List<string> Triples(Document document) =>
        [.. document.Events.Select(e => $"{e.SourceActor} {e.Code} {e.TargetActor ?? "-"}")];
}
