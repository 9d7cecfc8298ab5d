namespace Herald.Time;

/// <summary>Dates named outright: "Nov. 11, 2018", "11 November", "2018-11-11", "11/02/89", "July 1997", "1990", "the 1990s".</summary>
internal static class CalendarRules
{
    private const int FirstYear = 1800;
    private const int LastYear = 2099;

    /// <summary>"Nov. 11", "November 11, 2018", "July 1997", "July" (a bare month needs a capital and a noun tag).</summary>
    public static TimeMatch? MonthFirst(TimeTokens t, int i)
    {
        var word = t.Word(i);
        if (!word.Is(TimeWordKind.Month) || !t.IsCapitalized(i))
            return null;
        var j = i + 1;
        if (DayNumber(t, j) is { } day && !t.IsAny(j + 1, "%", "percent"))
        {
            var end = j + 1;
            int? year = null;
            var k = t.IsText(end, ",") ? end + 1 : end;
            if (YearNumber(t, k) is { } y)
                (year, end) = (y, k + 1);
            if (IsDayOf(year, word.Value, day))
                return new TimeMatch(i, end, new TimeSpec { Year = year, Month = word.Value, Day = day });
        }
        var yearAt = t.IsAny(j, ",", "of") ? j + 1 : j;
        if (YearNumber(t, yearAt) is { } onlyYear)
            return new TimeMatch(i, yearAt + 1, new TimeSpec { Year = onlyYear, Month = word.Value });
        if (SpokenYear(t, j) is { Spec.Year: { } spoken } said)
            return new TimeMatch(i, said.End, new TimeSpec { Year = spoken, Month = word.Value });
        if (!IsMonthNoun(t, i) || IsBareAbbreviation(t, i))
            return null;
        return new TimeMatch(i, j, new TimeSpec { Month = word.Value });
    }

    /// <summary>"11 November 2018", "11th of November".</summary>
    public static TimeMatch? DayFirst(TimeTokens t, int i)
    {
        if (DayNumber(t, i) is not { } day)
            return null;
        var j = t.IsText(i + 1, "of") ? i + 2 : i + 1;
        var month = t.Word(j);
        if (!month.Is(TimeWordKind.Month) || !t.IsCapitalized(j))
            return null;
        var end = j + 1;
        int? year = null;
        var k = t.IsText(end, ",") ? end + 1 : end;
        if (YearNumber(t, k) is { } y)
            (year, end) = (y, k + 1);
        return IsDayOf(year, month.Value, day) ? new TimeMatch(i, end, new TimeSpec { Year = year, Month = month.Value, Day = day }) : null;
    }

    /// <summary>One token that is a whole date: "2018-11-11", "1998/01/08", "11/02/89" (US order).</summary>
    public static TimeMatch? NumericDate(TimeTokens t, int i)
    {
        var chars = t.Chars(i);
        if (chars.Length < 6 || !char.IsAsciiDigit(chars[0]))
            return null;
        Span<Range> parts = stackalloc Range[4];
        var separator = chars.Contains('-') ? '-' : '/';
        if (chars.Split(parts, separator) != 3)
            return null;
        if (!int.TryParse(chars[parts[0]], out var a) || !int.TryParse(chars[parts[1]], out var b) || !int.TryParse(chars[parts[2]], out var c))
            return null;
        var (year, month, day) = chars[parts[0]].Length == 4 ? (a, b, c) : (FullYear(c, chars[parts[2]].Length), a, b);
        if (year is < FirstYear or > LastYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new TimeMatch(i, i + 1, new TimeSpec { Year = year, Month = month, Day = day });
    }

    /// <summary>"1990", "1990s", "'90s", "'98", "fiscal 1990"; a year that counts something ("1990 cars" is fine, "1990 %" is not).</summary>
    public static TimeMatch? Year(TimeTokens t, int i)
    {
        var start = t.Is(i, TimeWordKind.Fiscal) ? i + 1 : i;
        if (start < t.Limit && Decade(t.Chars(start)) is { } decade)
            return new TimeMatch(i, start + 1, decade);
        if (YearNumber(t, start) is not { } year || t.IsAny(start + 1, "%", "percent", "GMT", "hours", "million", "billion", ":")
            || t.IsAny(start - 1, "$", "£", "€", "No.", "no.", "#"))
            return null;
        return new TimeMatch(i, start + 1, new TimeSpec { Year = year });
    }

    /// <summary>A year said in words, as broadcasts write it: "nineteen ninety-six", "two thousand", "two thousand and one".</summary>
    public static TimeMatch? SpokenYear(TimeTokens t, int i)
    {
        if (!t.Is(i, TimeWordKind.Number) || !Amounts.TryRead(t, i, out var end, out var first) || first is not { } century)
            return null;
        if (t.IsText(end, "thousand") && century is 1 or 2 && !t.Is(end + 1, TimeWordKind.Unit))
        {
            var year = (int)century * 1000;
            var k = t.IsText(end + 1, "and") ? end + 2 : end + 1;
            if (t.Is(k, TimeWordKind.Number) && Amounts.TryRead(t, k, out var afterOnes, out var ones) && ones < 100)
                return new TimeMatch(i, afterOnes, new TimeSpec { Year = year + (int)ones! });
            return new TimeMatch(i, end + 1, new TimeSpec { Year = year });
        }
        if (century is < 10 or > 20 || !t.Is(end, TimeWordKind.Number) || t.IsText(end, "thousand") || !Amounts.TryRead(t, end, out var last, out var rest) || rest is not (>= 10 and < 100))
            return null;
        return new TimeMatch(i, last, new TimeSpec { Year = (int)century * 100 + (int)rest });
    }

    private static readonly string[] s_decadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    /// <summary>"the nineties", "the sixties": decades of the twentieth century by name.</summary>
    public static TimeMatch? DecadeWord(TimeTokens t, int i)
    {
        if (!t.IsText(i - 1, "the"))
            return null;
        for (var k = 0; k < s_decadeWords.Length; k++)
        {
            if (t.IsText(i, s_decadeWords[k]))
                return new TimeMatch(i, i + 1, new TimeSpec { Year = 192 + k, YearDigits = 3 });
        }
        return null;
    }

    /// <summary>"mid-November", "mid-1990s", "mid-1996": a period with a "mid-" prefix in one token.</summary>
    public static TimeMatch? MidToken(TimeTokens t, int i)
    {
        var chars = t.Chars(i);
        if (chars.Length < 5 || !chars.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = chars[4..];
        var word = TimeLexicon.Lookup(rest);
        var spec = word.Is(TimeWordKind.Month) ? new TimeSpec { Month = word.Value }
            : rest.Length == 4 && int.TryParse(rest, out var year) && year is >= FirstYear and <= LastYear ? new TimeSpec { Year = year }
            : Decade(rest);
        return spec is null ? null : new TimeMatch(i, i + 1, spec with { Mod = TimeMod.Mid });
    }

    // "1990s", "'90s", "1900s" (a century), "'98" (a year).
    private static TimeSpec? Decade(ReadOnlySpan<char> chars)
    {
        var apostrophe = chars.Length > 0 && chars[0] is '\'' or '’';
        if (apostrophe)
            chars = chars[1..];
        var plural = chars.EndsWith("s");
        var digits = chars.TrimEnd('s').TrimEnd('\'');
        if (digits.Length is not (2 or 4) || !int.TryParse(digits, out var value) || (!plural && !apostrophe))
            return null;
        var year = FullYear(value, digits.Length);
        if (year is < FirstYear or > LastYear)
            return null;
        if (!plural)
            return new TimeSpec { Year = year };
        return year % 100 == 0 && digits.Length == 4
            ? new TimeSpec { Year = year / 100, YearDigits = 2 }
            : new TimeSpec { Year = year / 10, YearDigits = 3 };
    }

    /// <summary>A day of the month: "11", "11th".</summary>
    public static int? DayNumber(TimeTokens t, int i)
    {
        if (i >= t.Limit)
            return null;
        var chars = t.Chars(i);
        if (chars.Length > 2 && (chars.EndsWith("st") || chars.EndsWith("nd") || chars.EndsWith("rd") || chars.EndsWith("th")))
            chars = chars[..^2];
        return chars.Length is 1 or 2 && int.TryParse(chars, out var day) && day is >= 1 and <= 31 ? day : null;
    }

    /// <summary>A four-digit year in the range news talks about.</summary>
    public static int? YearNumber(TimeTokens t, int i) =>
        t.Digits(i) is var year && year is >= FirstYear and <= LastYear && t.Chars(i).Length == 4 ? year : null;

    // "Feb. 29" is a day of a leap year, "Feb. 30" of none.
    private static bool IsDayOf(int? year, int month, int day) => day <= DateTime.DaysInMonth(year ?? 2000, month);

    // A bare month name must read as a noun: "in July", not "may" the verb or "March" the verb.
    private static bool IsMonthNoun(TimeTokens t, int i) =>
        t.Tag(i) is null or "NNP" or "NN" || t.IsAny(i - 1, "in", "of", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "-");

    // "Jan", "Dec" without a dot and without a day or year after them are more often names.
    private static bool IsBareAbbreviation(TimeTokens t, int i) =>
        t.Chars(i) is { Length: <= 4 } chars && !chars.EndsWith(".") && !t.IsAny(i, "may", "june", "july");

    private static int FullYear(int value, int digits) => digits switch
    {
        2 => value < 30 ? 2000 + value : 1900 + value,
        _ => value,
    };
}
