namespace Herald.Time.Evaluation;

/// <summary>One gold TimeML document: the plain text of its TEXT element, its creation date and its TIMEX3 expressions.</summary>
/// <param name="Name">The file it was read from.</param>
/// <param name="Text">The text with every tag removed; the spans point into it.</param>
/// <param name="Created">The document creation time (the DCT TIMEX3), the reference for relative expressions.</param>
/// <param name="Times">The TIMEX3 expressions of the text, the DCT left out.</param>
public sealed record TimeMlDocument(string Name, string Text, DateTimeOffset? Created, IReadOnlyList<GoldTime> Times);

/// <summary>One gold TIMEX3: a char span of <see cref="TimeMlDocument.Text"/>, its type and value.</summary>
public sealed record GoldTime(int Start, int End, string Type, string Value);
