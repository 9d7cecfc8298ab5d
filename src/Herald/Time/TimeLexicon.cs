namespace Herald.Time;

/// <summary>
/// The English words that make up time expressions, looked up case-insensitively without allocating.
/// A token that is neither in the lexicon nor a number cannot start or continue an expression.
/// </summary>
public static class TimeLexicon
{
    /// <summary>TIMEX3 season codes, indexed by a season word's value.</summary>
    public static IReadOnlyList<string> SeasonCodes { get; } = ["SP", "SU", "FA", "WI"];

    /// <summary>TIMEX3 day-part codes, indexed by a day-part word's value.</summary>
    public static IReadOnlyList<string> DayPartCodes { get; } = ["MO", "AF", "EV", "NI", "DT"];

    /// <summary>TIMEX3 vague reference values, indexed by a fuzzy word's value.</summary>
    public static IReadOnlyList<string> FuzzyValues { get; } = ["PAST_REF", "PRESENT_REF", "FUTURE_REF"];

    /// <summary>Index of <c>NI</c> (night) in <see cref="DayPartCodes"/>.</summary>
    public const int Night = 3;

    /// <summary>Index of <c>PAST_REF</c> in <see cref="FuzzyValues"/>.</summary>
    public const int Past = 0;

    /// <summary>Index of <c>PRESENT_REF</c> in <see cref="FuzzyValues"/>.</summary>
    public const int Present = 1;

    /// <summary>Index of <c>FUTURE_REF</c> in <see cref="FuzzyValues"/>.</summary>
    public const int Future = 2;

    private static readonly Dictionary<string, TimeWord> s_words = Build();
    private static readonly Dictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word's entry, or an entry of kind <see cref="TimeWordKind.None"/>.</summary>
    public static TimeWord Lookup(ReadOnlySpan<char> word) =>
        s_lookup.TryGetValue(word, out var entry) ? entry : default;

    private static Dictionary<string, TimeWord> Build()
    {
        var words = new Dictionary<string, TimeWord>(StringComparer.OrdinalIgnoreCase);
        void Add(TimeWord word, params string[] forms)
        {
            foreach (var form in forms)
                words[form] = words.TryGetValue(form, out var old) ? Merge(old, word) : word;
        }
        AddMonths(Add);
        AddWeekdays(Add);
        AddUnits(Add);
        AddNumbers(Add);
        AddReferences(Add);
        AddClock(Add);
        foreach (var first in Holidays.FirstWords)
            Add(new TimeWord(TimeWordKind.Holiday), [first]);
        return words;
    }

    private static TimeWord Merge(TimeWord old, TimeWord added) => new(
        old.Kind | added.Kind,
        added.Value != 0 ? added.Value : old.Value,
        added.Unit != TimeUnit.None ? added.Unit : old.Unit,
        added.Offset != 0 ? added.Offset : old.Offset);

    private static void AddMonths(Action<TimeWord, string[]> add)
    {
        string[][] months =
        [
            ["january", "jan", "jan."], ["february", "feb", "feb."], ["march", "mar", "mar."], ["april", "apr", "apr."],
            ["may"], ["june", "jun", "jun."], ["july", "jul", "jul."], ["august", "aug", "aug."],
            ["september", "sep", "sep.", "sept", "sept."], ["october", "oct", "oct."], ["november", "nov", "nov."], ["december", "dec", "dec."],
        ];
        for (var m = 0; m < months.Length; m++)
            add(new TimeWord(TimeWordKind.Month, m + 1, TimeUnit.Month), months[m]);
    }

    private static void AddWeekdays(Action<TimeWord, string[]> add)
    {
        string[][] days =
        [
            ["monday", "mon."], ["tuesday", "tue.", "tues."], ["wednesday", "wed."], ["thursday", "thu.", "thurs."],
            ["friday", "fri."], ["saturday"], ["sunday"],
        ];
        for (var d = 0; d < days.Length; d++)
        {
            add(new TimeWord(TimeWordKind.Weekday, d + 1, TimeUnit.Day), days[d]);
            add(new TimeWord(TimeWordKind.Weekday | TimeWordKind.Frequency, d + 1, TimeUnit.Day), [days[d][0] + "s"]);
        }
    }

    private static void AddUnits(Action<TimeWord, string[]> add)
    {
        void Unit(TimeUnit unit, params string[] forms) => add(new TimeWord(TimeWordKind.Unit, 0, unit), forms);
        Unit(TimeUnit.Second, "second", "seconds", "sec", "secs");
        Unit(TimeUnit.Minute, "minute", "minutes", "min", "mins");
        Unit(TimeUnit.Hour, "hour", "hours", "hr", "hrs");
        Unit(TimeUnit.Day, "day", "days");
        Unit(TimeUnit.Weekend, "weekend", "weekends");
        Unit(TimeUnit.Week, "week", "weeks");
        Unit(TimeUnit.Month, "month", "months");
        Unit(TimeUnit.Quarter, "quarter", "quarters");
        Unit(TimeUnit.HalfYear, "half");
        Unit(TimeUnit.Year, "year", "years");
        Unit(TimeUnit.Decade, "decade", "decades");
        Unit(TimeUnit.Century, "century", "centuries");
        string[][] seasons = [["spring", "springs"], ["summer", "summers"], ["fall", "autumn", "autumns"], ["winter", "winters"]];
        for (var s = 0; s < seasons.Length; s++)
            add(new TimeWord(TimeWordKind.Season, s, TimeUnit.Season), seasons[s]);
        string[][] parts = [["morning", "mornings"], ["afternoon", "afternoons"], ["evening", "evenings"], ["night", "nights"]];
        for (var p = 0; p < parts.Length; p++)
            add(new TimeWord(TimeWordKind.DayPart, p, TimeUnit.DayPart), parts[p]);
        void Every(TimeUnit unit, params string[] forms) => add(new TimeWord(TimeWordKind.Frequency, 0, unit), forms);
        Every(TimeUnit.Hour, "hourly");
        Every(TimeUnit.Day, "daily", "nightly");
        Every(TimeUnit.Week, "weekly");
        Every(TimeUnit.Month, "monthly");
                Every(TimeUnit.Year, "yearly", "annually");
        add(new TimeWord(TimeWordKind.Every), ["every", "each"]);
        add(new TimeWord(TimeWordKind.Fiscal), ["fiscal"]);
    }

    private static void AddNumbers(Action<TimeWord, string[]> add)
    {
        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"];
        for (var n = 1; n < ones.Length; n++)
            add(new TimeWord(TimeWordKind.Number, n), [ones[n]]);
        for (var t = 0; t < tens.Length; t++)
            add(new TimeWord(TimeWordKind.Number, 20 + 10 * t), [tens[t]]);
        add(new TimeWord(TimeWordKind.Number, 100), ["hundred"]);
        for (var o = 0; o < ordinals.Length; o++)
            add(new TimeWord(TimeWordKind.Ordinal, o + 1), [ordinals[o]]);
        add(new TimeWord(TimeWordKind.Determiner | TimeWordKind.Number, 1), ["a", "an"]);
        add(new TimeWord(TimeWordKind.Determiner), ["the", "that"]);
        add(new TimeWord(TimeWordKind.Vague), ["several", "few", "some", "many", "couple"]);
    }

    private static void AddReferences(Action<TimeWord, string[]> add)
    {
        add(new TimeWord(TimeWordKind.Deictic, 0, TimeUnit.Day, -1), ["yesterday"]);
        add(new TimeWord(TimeWordKind.Deictic, 0, TimeUnit.Day, 0), ["today"]);
        add(new TimeWord(TimeWordKind.Deictic, 0, TimeUnit.Day, 1), ["tomorrow"]);
        add(new TimeWord(TimeWordKind.Deictic | TimeWordKind.DayPart, Night, TimeUnit.DayPart, 0), ["tonight"]);
        add(new TimeWord(TimeWordKind.Shift, 0, TimeUnit.None, -1), ["last", "past", "previous", "preceding", "prior"]);
        add(new TimeWord(TimeWordKind.Shift, 0, TimeUnit.None, 1), ["next", "coming", "following", "upcoming"]);
        add(new TimeWord(TimeWordKind.Shift, 0, TimeUnit.None, 0), ["this", "current", "latest", "same"]);
        add(new TimeWord(TimeWordKind.Ago, 0, TimeUnit.None, -1), ["ago", "earlier", "before"]);
        add(new TimeWord(TimeWordKind.Ago, 0, TimeUnit.None, 1), ["later", "hence", "from"]);
        add(new TimeWord(TimeWordKind.Fuzzy, Past), ["recently", "past", "lately", "recent"]);
        add(new TimeWord(TimeWordKind.Fuzzy, Present), ["now", "currently", "current", "present", "nowadays"]);
        add(new TimeWord(TimeWordKind.Fuzzy, Future), ["future"]);
        add(new TimeWord(TimeWordKind.Part, (int)TimeMod.Start), ["early", "earlier", "beginning", "start", "dawn"]);
        add(new TimeWord(TimeWordKind.Part, (int)TimeMod.Mid), ["mid", "middle", "mid-"]);
        add(new TimeWord(TimeWordKind.Part, (int)TimeMod.End), ["late", "later", "end", "close"]);
    }

    private static void AddClock(Action<TimeWord, string[]> add)
    {
        add(new TimeWord(TimeWordKind.Clock, 12), ["noon", "midday"]);
        add(new TimeWord(TimeWordKind.Clock, 24), ["midnight"]);
        add(new TimeWord(TimeWordKind.Meridiem, 0), ["a.m.", "am", "a.m"]);
        add(new TimeWord(TimeWordKind.Meridiem, 12), ["p.m.", "pm", "p.m"]);
        add(new TimeWord(TimeWordKind.Zone), ["gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
            "cet", "cest", "msk", "jst", "ist", "et", "pt", "z"]);
    }
}
