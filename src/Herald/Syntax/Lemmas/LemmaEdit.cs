namespace Herald.Syntax.Lemmas;

/// <summary>
/// How a lemma is made from its form: optionally lowercase the form, strip chars from its end, append a
/// string. <c>presidents</c> → <c>president</c> is (lower, 1, ""); <c>was</c> → <c>be</c> is (lower, 3, "be").
/// </summary>
/// <param name="Lower">Lowercase the form first.</param>
/// <param name="Strip">Chars to remove from the end.</param>
/// <param name="Append">The string to add.</param>
public readonly record struct LemmaEdit(bool Lower, int Strip, string Append)
{
    /// <summary>Keeps the form as it is.</summary>
    public static LemmaEdit Identity { get; } = new(false, 0, "");

    /// <summary>Writes the lemma of <paramref name="form"/> into <paramref name="output"/>; returns its length, or -1 when the edit does not fit the form or the buffer.</summary>
    public int Apply(ReadOnlySpan<char> form, Span<char> output)
    {
        var keep = form.Length - Strip;
        if (keep < 0 || keep + Append.Length > output.Length)
            return -1;
        if (Lower)
            form[..keep].ToLowerInvariant(output);
        else
            form[..keep].CopyTo(output);
        Append.AsSpan().CopyTo(output[keep..]);
        return keep + Append.Length;
    }

    /// <summary>The edit that turns <paramref name="form"/> into <paramref name="lemma"/>, lowercasing when that keeps as much of the form.</summary>
    public static LemmaEdit Between(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        var lower = form.ToLowerInvariant();
        var sameLower = CommonPrefix(lower, lemma);
        var sameAsIs = CommonPrefix(form, lemma);
        return sameAsIs > sameLower
            ? new LemmaEdit(false, form.Length - sameAsIs, lemma[sameAsIs..])
            : new LemmaEdit(true, form.Length - sameLower, lemma[sameLower..]);
    }

    private static int CommonPrefix(string a, string b) => a.AsSpan().CommonPrefixLength(b);
}
