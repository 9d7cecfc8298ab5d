namespace Herald.Documents;

/// <summary>A sentence as a half-open token range <c>[TokenStart, TokenEnd)</c>.</summary>
public readonly record struct SentenceData(int TokenStart, int TokenEnd)
{
    /// <summary>Number of tokens in the sentence.</summary>
    public int Count => TokenEnd - TokenStart;
}
