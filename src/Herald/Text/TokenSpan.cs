namespace Herald.Text;

/// <summary>A token found by the tokenizer: <c>[Start, Start + Length)</c> in chars of the input text.</summary>
public readonly record struct TokenSpan(int Start, int Length)
{
    /// <summary>Char offset one past the last char.</summary>
    public int End => Start + Length;
}
