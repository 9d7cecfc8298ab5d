namespace Herald.Extraction.Boilerplate;

/// <summary>A word or phrase that hints at boilerplate of one kind, with how much it counts.</summary>
/// <param name="Words">The lower-case words, in order.</param>
/// <param name="Kind">The <see cref="BoilerplateKinds"/> name it points to.</param>
/// <param name="Weight">How much one occurrence counts.</param>
internal sealed record Cue(string[] Words, string Kind, double Weight)
{
    public static Cue Of(string phrase, string kind, double weight) =>
        new(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries), kind, weight);
}
