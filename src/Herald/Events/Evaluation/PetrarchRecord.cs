namespace Herald.Events.Evaluation;

/// <summary>One coded event as the scorer compares it: source actor, target actor, CAMEO code.</summary>
public sealed record Coding(string Source, string Target, string Code);

/// <summary>
/// One sentence of a PETRARCH validation file: its id, category, date (yyyyMMdd), text, the codings it expects, and
/// how many of its expectations are "no event" (<c>noevents</c> or <c>error</c> elements: nothing should be coded).
/// </summary>
public sealed record PetrarchRecord(string Id, string Category, string Date, string Text, IReadOnlyList<Coding> Expected, int ExpectedNothing);
