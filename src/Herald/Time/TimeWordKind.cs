namespace Herald.Time;

/// <summary>The roles a word can play in a time expression; one word may have several ("second", "may").</summary>
[Flags]
public enum TimeWordKind
{
    /// <summary>Not a time word.</summary>
    None = 0,
    /// <summary>A month name; the value is 1-12.</summary>
    Month = 1 << 0,
    /// <summary>A weekday name; the value is 1 (Monday) to 7 (Sunday).</summary>
    Weekday = 1 << 1,
    /// <summary>A calendar unit ("year", "weeks").</summary>
    Unit = 1 << 2,
    /// <summary>A number word; the value is the number.</summary>
    Number = 1 << 3,
    /// <summary>An ordinal word; the value is the number.</summary>
    Ordinal = 1 << 4,
    /// <summary>A season; the value indexes <see cref="TimeLexicon.SeasonCodes"/>.</summary>
    Season = 1 << 5,
    /// <summary>A part of the day; the value indexes <see cref="TimeLexicon.DayPartCodes"/>.</summary>
    DayPart = 1 << 6,
    /// <summary>A day named from today ("yesterday"); the value is the offset in days.</summary>
    Deictic = 1 << 7,
    /// <summary>A shift of the current unit ("last", "next", "this"); the value is the offset.</summary>
    Shift = 1 << 8,
    /// <summary>A word after an amount that shifts it ("ago", "later"); the value is the sign.</summary>
    Ago = 1 << 9,
    /// <summary>A vague reference ("recently"); the value indexes <see cref="TimeLexicon.FuzzyValues"/>.</summary>
    Fuzzy = 1 << 10,
    /// <summary>A part of a period ("early", "late", "mid").</summary>
    Part = 1 << 11,
    /// <summary>A quantifier that makes a set ("every", "each").</summary>
    Every = 1 << 12,
    /// <summary>An adverb or adjective that is a set by itself ("daily"); the value is the unit.</summary>
    Frequency = 1 << 13,
    /// <summary>A vague amount ("several", "few"); durations of it have an X for the number.</summary>
    Vague = 1 << 14,
    /// <summary>A clock word: "noon", "midnight"; the value is the hour.</summary>
    Clock = 1 << 15,
    /// <summary>"a.m." or "p.m."; the value is 0 or 12.</summary>
    Meridiem = 1 << 16,
    /// <summary>A time zone abbreviation.</summary>
    Zone = 1 << 17,
    /// <summary>"the", "a", "an", "that": kept at the start of an expression, as TimeML does.</summary>
    Determiner = 1 << 18,
    /// <summary>"fiscal": a year or quarter of the fiscal calendar.</summary>
    Fiscal = 1 << 19,
    /// <summary>The first word of a holiday's name ("Christmas", "Thanksgiving"); see <see cref="Holidays"/>.</summary>
    Holiday = 1 << 20,
}
