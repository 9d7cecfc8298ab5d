namespace Herald.Text.Tokenization;

/// <summary>How the lines of a text are laid out: one paragraph per line, or hard-wrapped at a fixed width.</summary>
/// <param name="HardWrapped">Lines are broken mid-sentence at about <paramref name="Width"/> columns (Reuters-21578 style).</param>
/// <param name="Width">The longest line that is followed by another line of the same paragraph.</param>
internal readonly record struct LineLayout(bool HardWrapped, int Width)
{
    private const int MaxTracked = 512;

    /// <summary>
    /// Detects hard wrapping cheaply. Only "inner" lines count (lines followed by another non-blank line), since
    /// the last line of a paragraph is short anyway. The text is hard-wrapped when there are at least two inner
    /// lines, at least half of them do not end with sentence punctuation, and either most of them are nearly as
    /// long as the longest one (at least 40 columns) or many of the following lines start in lower case.
    /// </summary>
    public static LineLayout Analyze(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\n', '\r') < 0) return default;
        Span<int> histogram = stackalloc int[MaxTracked + 1];
        histogram.Clear();
        int inner = 0, noTerminal = 0, nextLower = 0, maxLength = 0;
        var previousLength = -1; // length of the previous line when it was not blank
        var previousTerminal = false;
        var rest = text;
        while (true)
        {
            var nl = rest.IndexOfAny('\n', '\u2028');
            var line = (nl < 0 ? rest : rest[..nl]).TrimEnd();
            if (line.IsEmpty)
            {
                previousLength = -1;
            }
            else
            {
                if (previousLength >= 0)
                {
                    inner++;
                    if (!previousTerminal) noTerminal++;
                    var first = line.TrimStart();
                    if (CharClass.IsLower(first[0])) nextLower++;
                    var clamped = Math.Min(previousLength, MaxTracked);
                    histogram[clamped]++;
                    maxLength = Math.Max(maxLength, clamped);
                }
                previousLength = line.Length;
                previousTerminal = EndsLikeSentence(line);
            }
            if (nl < 0) break;
            rest = rest[(nl + 1)..];
        }

        if (inner < 2 || noTerminal * 2 < inner || maxLength < 40) return new LineLayout(false, maxLength);
        var longish = 0;
        for (var len = maxLength * 7 / 10; len <= maxLength; len++) longish += histogram[len];
        var wrapped = longish * 4 >= inner * 3 || nextLower * 3 >= inner;
        return new LineLayout(wrapped, maxLength);
    }

    /// <summary>The line ends with sentence punctuation (possibly followed by closing quotes/brackets) or a colon.</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        var k = line.Length - 1;
        while (k > 0 && CharClass.Closers.Contains(line[k])) k--;
        return k >= 0 && line[k] is '.' or '?' or '!' or '\u2026' or ':';
    }

    /// <summary>The offset where the line holding <paramref name="position"/> starts.</summary>
    public static int LineStart(ReadOnlySpan<char> text, int position)
    {
        var nl = text[..position].LastIndexOfAny('\n', '\r', '\u2028');
        return nl + 1;
    }

    /// <summary>The offset where the line holding <paramref name="position"/> ends (before its line break).</summary>
    public static int LineEnd(ReadOnlySpan<char> text, int position)
    {
        var nl = text[position..].IndexOfAny('\n', '\r', '\u2028');
        return nl < 0 ? text.Length : position + nl;
    }

    /// <summary>A line in capitals (a headline such as "U.S. CROP OUTLOOK"): at least three letters, none lower-case.</summary>
    public static bool IsCapitalsLine(ReadOnlySpan<char> line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (CharClass.IsLower(c)) return false;
            if (CharClass.IsLetter(c)) letters++;
        }
        return letters >= 3;
    }
}
