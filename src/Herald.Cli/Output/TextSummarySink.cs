using System.Globalization;
using System.Text;
using Herald.Analysis;
using Herald.Documents;
using Herald.Events;

namespace Herald.Cli.Output;

/// <summary>A readable summary per article: metadata, counts, the numbered sentences and what each layer found.</summary>
internal sealed class TextSummarySink : RecordSink
{
    private const int SentenceWidth = 110;
    private const int ToneSentencesShown = 3;
    private int _count;

    public override void Write(Stream output, byte[] formatted)
    {
        if (_count++ > 0)
            output.WriteByte((byte)'\n');
        output.Write(formatted);
    }

    public override byte[] Format(AnalysisResult result)
    {
        var document = result.Document!;
        var info = document.Info;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"== {info.Title ?? info.Id ?? result.Origin!.ToString()}\n");
        text.Append(CultureInfo.InvariantCulture, $"   from       {result.Origin}\n");
        if (info.Published is { } published)
            text.Append(CultureInfo.InvariantCulture, $"   published  {published:yyyy-MM-dd}\n");
        if (info.Source is { } source)
            text.Append(CultureInfo.InvariantCulture, $"   source     {source}\n");
        text.Append(CultureInfo.InvariantCulture, $"   size       {document.CountWords():N0} words, {document.SentenceCount:N0} sentences, {document.TokenCount:N0} tokens\n");
        foreach (var warning in result.Warnings)
            text.Append(CultureInfo.InvariantCulture, $"   warning    {warning.Kind.Code} {warning.Kind.Title}\n");
        text.Append('\n');
        var width = document.SentenceCount.ToString(CultureInfo.InvariantCulture).Length;
        for (var s = 0; s < document.SentenceCount; s++)
            text.Append(CultureInfo.InvariantCulture, $"   {(s + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width)}  {Shorten(document.Sentence(s).Text)}\n");
        AppendEntities(text, document);
        AppendPlaces(text, document);
        AppendQuotes(text, document);
        AppendTimes(text, document);
        AppendEvents(text, document, Plover);
        AppendTone(text, document);
        text.Append(CultureInfo.InvariantCulture, $"\n   layers     {document.Layers}\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    // One line per entity: type, canonical name, mention count and the roles said with it.
    private static void AppendEntities(StringBuilder text, Document document)
    {
        if (document.Entities.Count == 0)
            return;
        text.Append("\n   entities\n");
        foreach (var entity in document.Entities)
        {
            var roles = entity.Mentions.Select(m => document.Mentions[m].Role).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var country = entity.Country is { } code ? $" [{code}]" : "";
            var roleText = roles.Count > 0 ? $"  roles: {string.Join("; ", roles)}" : "";
            text.Append(CultureInfo.InvariantCulture, $"   {entity.Type,-8} {entity.Name}{country}  ×{entity.Mentions.Count}{roleText}\n");
        }
    }

    // One line per place: feature code, name, GeoNames id (or "unlisted" for one placed from its article), country,
    // coordinates, and how the text names it.
    private static void AppendPlaces(StringBuilder text, Document document)
    {
        if (document.Places.Count == 0)
            return;
        text.Append("\n   places\n");
        foreach (var place in document.Places)
        {
            var id = place.GeoNamesId is { } geonames ? $"geonames {geonames}" : "unlisted";
            var at = place.Latitude is { } lat && place.Longitude is { } lon ? FormattableString.Invariant($"  {lat:0.000}, {lon:0.000}") : "";
            var named = new[] { (place.Mentions.Count, "named"), (place.Descriptions.Count, "described"), (place.WithinNames.Count, "inside names"), (place.Demonyms.Count, "as nationality") }
                .Where(n => n.Item1 > 0).Select(n => $"{n.Item2} ×{n.Item1}");
            text.Append(CultureInfo.InvariantCulture, $"   {place.Feature ?? "-",-8} {place.Name}  {id}  {place.Country ?? "-"}{at}  {string.Join(", ", named)}\n");
        }
    }

    // One line per quote: kind, speaker (or the source as written, marked unresolved), cue and content.
    private static void AppendQuotes(StringBuilder text, Document document)
    {
        if (document.Quotes.Count == 0)
            return;
        text.Append("\n   quotes\n");
        foreach (var quote in document.Quotes)
        {
            var speaker = quote.SpeakerEntity is { } e ? document.Entities[e].Name : quote.Source is { } source ? $"{source} (unresolved)" : "(no source)";
            var cue = quote.CueStart >= 0 ? document.Text[quote.CueStart..quote.CueEnd] : "";
            var kind = quote.Direct ? "direct" : "reported";
            text.Append(CultureInfo.InvariantCulture, $"   {kind,-8} {speaker} [{cue}]: {Shorten(document.Text[quote.ContentStart..quote.ContentEnd])}\n");
        }
    }

    // One line per time expression: type, TIMEX3 value, the text, and the sentence it is in.
    private static void AppendTimes(StringBuilder text, Document document)
    {
        if (document.Times.Count == 0)
            return;
        var reference = document.Times.Select(t => t.Reference).FirstOrDefault(r => r is not null);
        text.Append(CultureInfo.InvariantCulture, $"\n   times{(reference is null ? "" : $" (resolved against {reference})")}\n");
        foreach (var time in document.Times)
        {
            var phrase = document.Text[time.Start..time.End].ReplaceLineEndings(" ");
            text.Append(CultureInfo.InvariantCulture, $"   {time.Type,-8} {time.Value,-16} {phrase}  [sentence {time.Sentence + 1}]\n");
        }
    }

    // One line per event: source, code and label, target, modality, date and place, then the evidence.
    private static void AppendEvents(StringBuilder text, Document document, PloverMapping? plover)
    {
        if (document.Events.Count == 0)
            return;
        text.Append("\n   events\n");
        foreach (var e in document.Events)
        {
            var place = e.Place is { } at ? document.Places[at].Name : "-";
            var kind = plover?.Map(e.Code) is { } p ? $"{e.Code} {p.Event}" : e.Code;
            text.Append(CultureInfo.InvariantCulture, $"   {e.SourceActor} {kind} {e.TargetActor ?? "-"}  {e.Label}  [{e.Modality}, {e.Date ?? "no date"}, {place}, {e.Confidence:0.00}]\n");
            text.Append(CultureInfo.InvariantCulture, $"       {Shorten(document.Text[e.EvidenceStart..e.EvidenceEnd])}\n");
        }
    }

    // The GDELT figures, the tone around each entity, most negative first, and the most negative and positive sentences.
    private static void AppendTone(StringBuilder text, Document document)
    {
        if (document.Tone is not { } tone)
            return;
        text.Append(CultureInfo.InvariantCulture, $"\n   tone       {tone.Score:+0.00;-0.00;0.00} (positive {tone.Positive:F2}%, negative {tone.Negative:F2}%, polarity {tone.Polarity:F2}%, activity {tone.ActivityDensity:F2}%, self/group {tone.SelfGroupDensity:F2}%, {tone.WordCount:N0} words)\n");
        foreach (var entity in tone.Entities.OrderBy(e => e.Score))
            text.Append(CultureInfo.InvariantCulture, $"   {entity.Score,6:+0.00;-0.00;0.00}  {document.Entities[entity.Entity].Name}  [{entity.Sentences} {(entity.Sentences == 1 ? "sentence" : "sentences")}]\n");
        var ranked = tone.Sentences.Where(s => s.Score != 0).OrderBy(s => s.Score).ToList();
        foreach (var sentence in ranked.Take(ToneSentencesShown).Concat(ranked.Skip(ToneSentencesShown).TakeLast(ToneSentencesShown).Where(s => s.Score > 0)))
            text.Append(CultureInfo.InvariantCulture, $"   sentence {sentence.Sentence + 1,-4} {sentence.Score,6:+0.00;-0.00;0.00}  {Shorten(document.Sentence(sentence.Sentence).Text)}\n");
    }

    private static string Shorten(string sentence)
    {
        var flat = sentence.ReplaceLineEndings(" ");
        return flat.Length <= SentenceWidth ? flat : string.Concat(flat.AsSpan(0, SentenceWidth - 1), "…");
    }
}
