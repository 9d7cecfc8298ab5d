namespace Herald.Geo;

/// <summary>A place name in a text: its half-open char span and its text.</summary>
public sealed record Toponym(int Start, int End, string Name);
