using System.Globalization;
using Herald.Documents;
using Herald.Errors;
using Herald.Sources;

using Herald.Events;

namespace Herald.Records;

/// <summary>Turns an analysed <see cref="Document"/> into its JSON record.</summary>
public static class RecordBuilder
{
    /// <summary>Builds the record of <paramref name="document"/>; tokens only when <paramref name="withTokens"/>; each event with its PLOVER type when <paramref name="plover"/> is given.</summary>
    public static ArticleRecord Build(Document document, Origin origin, IReadOnlyList<HeraldError> warnings, bool withTokens, PloverMapping? plover = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(warnings);
        var info = document.Info;
        return new ArticleRecord
        {
            Id = info.Id ?? origin.RecordId ?? origin.ToString(),
            Origin = new OriginRecord(origin.Input, origin.Line > 0 ? origin.Line : null),
            Article = Body(document),
            Sentences = Sentences(document),
            Tokens = withTokens ? Tokens(document) : null,
            Mentions = [.. document.Mentions.Select(m => Mention(document, m))],
            Entities = [.. document.Entities.Select((e, i) => new EntityRecord(i, e.Name, e.Type, e.Country, e.ActorCode, e.Mentions))],
            Times = [.. document.Times.Select(t => new TimeRecord(t.Start, t.End, t.Sentence, t.Type, t.Value, document.Text[t.Start..t.End]) { Reference = t.Reference, Mod = t.Mod })],
            Places = [.. document.Places.Select(p => new PlaceRecord(p.Name, p.GeoNamesId, p.Country, p.Latitude, p.Longitude, p.Mentions) { Feature = p.Feature, Descriptions = Spans(p.Descriptions), WithinNames = Spans(p.WithinNames), Demonyms = Spans(p.Demonyms) })],
            Actors = [.. document.Actors.Select(a => ActorOf(document, a))],
            Quotes = [.. document.Quotes.Select(q => QuoteOf(document, q))],
            Events = [.. document.Events.Select(e => EventOf(document, e, plover))],
            Tone = document.Tone is { } tone ? ToneOf(document, tone) : null,
            Layers = LayerNames(document.Layers),
            Warnings = [.. warnings.Select(Problem)],
        };
    }

    /// <summary>The record form of a reported problem.</summary>
    public static ProblemRecord Problem(HeraldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new ProblemRecord(error.Kind.Code, error.Input, error.Message);
    }

    /// <summary>The article part of a record: the clean text, the metadata and the removed boilerplate.</summary>
    public static ArticleBody Body(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var info = document.Info;
        return new ArticleBody
        {
            Title = info.Title,
            Authors = info.Authors,
            Published = IsoTime(info.Published),
            Modified = IsoTime(info.Modified),
            Url = info.Url,
            Source = info.Source,
            Language = info.Language,
            Image = info.Image,
            Text = document.Text,
            Boilerplate = [.. document.Boilerplate.Select(b => new BoilerplateRecord(b.Start, b.End, b.Kind, b.Text))],
        };
    }

    private static string? IsoTime(DateTimeOffset? time) => time?.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

    private static SentenceRecord[] Sentences(Document document)
    {
        var sentences = new SentenceRecord[document.SentenceCount];
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = document.Sentence(s);
            sentences[s] = new SentenceRecord(s, sentence.Start, sentence.End, sentence.Data.TokenStart, sentence.Data.TokenEnd, sentence.Text)
            {
                Tone = document.Tone is { } tone ? Round(tone.Sentences[s].Score) : null,
            };
        }
        return sentences;
    }

    private static TokenRecord[] Tokens(Document document)
    {
        var tokens = new TokenRecord[document.TokenCount];
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = document.Token(t);
            var deprel = token.Deprel;
            tokens[t] = new TokenRecord(t, token.Start, token.End, token.Text, token.SentenceIndex, token.Upos, token.Xpos, token.Lemma,
                deprel is null || token.Head < 0 ? null : token.Head, deprel);
        }
        return tokens;
    }

    private static MentionRecord Mention(Document document, Mention mention)
    {
        var span = new Span(document, mention.TokenStart, mention.TokenEnd);
        return new MentionRecord(span.Start, span.End, mention.TokenStart, mention.TokenEnd, mention.Type, mention.Entity, span.Text)
        {
            Role = mention.Role,
            Source = mention.Source,
        };
    }

    // Figures rounded to 3 decimals: more would be noise.
    private static ToneRecord ToneOf(Document document, Documents.Tone tone) =>
        new(Round(tone.Score), Round(tone.Positive), Round(tone.Negative), Round(tone.Polarity), Round(tone.ActivityDensity), Round(tone.SelfGroupDensity), tone.WordCount)
        {
            Entities = [.. tone.Entities.Select(e => new EntityToneRecord(e.Entity, document.Entities[e.Entity].Name, Round(e.Score), e.Sentences))],
        };

    private static double Round(double value) => Math.Round(value, 3);

    private static int[][] Spans(IEnumerable<(int Start, int End)> spans) => [.. spans.Select(s => new[] { s.Start, s.End })];

    private static ActorRecord ActorOf(Document document, ActorMention actor)
    {
        var span = new Span(document, actor.TokenStart, actor.TokenEnd);
        return new ActorRecord(span.Start, span.End, actor.TokenStart, actor.TokenEnd, span.Text, actor.Code, actor.Country, actor.Role, actor.Entity, actor.Source);
    }

    private static string[] LayerNames(Layers layers) =>
        [.. Enum.GetValues<Layers>().Where(l => l != Documents.Layers.None && layers.HasFlag(l)).Select(l => l.ToString().ToLowerInvariant())];

    private static EventRecord EventOf(Document document, Event e, PloverMapping? plover) => new(e.SourceActor, e.Code, e.TargetActor, e.Place, e.Date, e.Modality, e.Confidence, e.Sentence, e.EvidenceStart, e.EvidenceEnd)
    {
        SourceEntity = e.SourceEntity,
        TargetEntity = e.TargetEntity,
        Label = e.Label,
        Root = e.Root,
        QuadClass = e.QuadClass,
        Goldstein = e.Goldstein,
        Trigger = [e.Trigger.Start, e.Trigger.End],
        Evidence = document.Text[e.EvidenceStart..e.EvidenceEnd],
        Plover = plover?.Map(e.Code) is { } p ? new PloverRecord(p.Event, p.Mode, p.Context) : null,
    };

    private static QuoteRecord QuoteOf(Document document, Quote q) => new(q.ContentStart, q.ContentEnd, q.CueStart, q.CueEnd, q.Sentence, q.SpeakerEntity, q.Direct ? "direct" : "indirect", document.Text[q.ContentStart..q.ContentEnd])
    {
        Cue = q.CueStart >= 0 ? document.Text[q.CueStart..q.CueEnd] : null,
        Source = q.Source,
        SourceStart = q.SourceStart >= 0 ? q.SourceStart : null,
        SourceEnd = q.SourceEnd >= 0 ? q.SourceEnd : null,
        SpeakerName = q.SpeakerEntity is { } e && e < document.Entities.Count ? document.Entities[e].Name : null,
        Parts = q.Parts?.Select(p => new[] { p.Start, p.End }).ToArray(),
    };
}
