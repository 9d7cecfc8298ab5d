using System.Collections.Frozen;

namespace Herald.Entities.Rules;

/// <summary>The word tables of the numeric rules: number words, scales, currencies, units, months.</summary>
internal static class NumberWords
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cardinal number words below a hundred.</summary>
    public static readonly FrozenSet<string> Cardinals = Set(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
        "sixty", "seventy", "eighty", "ninety", "zero", "dozen");

    /// <summary>Scale words that multiply a number before them ("2 million", "1.13bn").</summary>
    public static readonly FrozenSet<string> Scales = Set(
        "hundred", "thousand", "million", "billion", "trillion", "m", "mn", "mln", "bn", "b", "k", "tn", "trn");

    /// <summary>Scale words that may stand joined to the number without a space only ("600m", "1.13bn").</summary>
    public static readonly FrozenSet<string> JoinedOnlyScales = Set("m", "mn", "mln", "bn", "b", "k", "tn", "trn");

    /// <summary>Plural scales that are numbers on their own ("hundreds", "thousands").</summary>
    public static readonly FrozenSet<string> PluralScales = Set("dozens", "hundreds", "thousands", "millions", "billions", "tens");

    /// <summary>Vague quantifiers that make a number with a scale ("several hundred").</summary>
    public static readonly FrozenSet<string> Quantifiers = Set("several", "few", "many");

    /// <summary>Ordinal words.</summary>
    public static readonly FrozenSet<string> Ordinals = Set(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
        "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
        "twentieth", "thirtieth", "fortieth", "fiftieth", "hundredth", "thousandth", "millionth");

    /// <summary>Currency symbols and codes written before the amount.</summary>
    public static readonly FrozenSet<string> CurrencyPrefixes = Set(
        "$", "£", "€", "¥", "₽", "₹", "US$", "USD", "EUR", "GBP", "RUB", "JPY", "CNY", "Rs", "Rs.");

    /// <summary>Currency words and codes written after the amount.</summary>
    public static readonly FrozenSet<string> CurrencySuffixes = Set(
        "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen", "yuan", "renminbi", "rouble", "roubles", "ruble",
        "rubles", "rupee", "rupees", "franc", "francs", "pence", "cents", "sterling", "USD", "EUR", "GBP", "RUB", "JPY",
        "CNY", "hryvnia", "lira", "real", "reais", "won", "pesos", "peso", "shekels", "dirhams", "riyals", "krona", "kronor");

    /// <summary>Measurement units.</summary>
    public static readonly FrozenSet<string> Units = Set(
        "km", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles", "metre", "metres", "meter", "meters",
        "cm", "mm", "foot", "feet", "inch", "inches", "yard", "yards", "kg", "kilogram", "kilograms", "kilo", "kilos",
        "gram", "grams", "g", "tonne", "tonnes", "ton", "tons", "lb", "lbs", "ounce", "ounces", "barrel", "barrels", "bpd",
        "litre", "litres", "liter", "liters", "gallon", "gallons", "acre", "acres", "hectare", "hectares", "sq",
        "square", "degree", "degrees", "°C", "°F", "mph", "kph", "km/h", "MW", "GW", "kW", "kWh", "MWh", "GWh", "knots",
        "megawatts", "gigawatts", "calories", "bytes", "GB", "TB", "MB");

    /// <summary>Month names and abbreviations, for date context.</summary>
    public static readonly FrozenSet<string> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.",
        "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /// <summary>Words after a number that make it a time of day.</summary>
    public static readonly FrozenSet<string> TimeMarkers = Set("a.m.", "p.m.", "am", "pm", "GMT", "UTC", "BST", "EST", "CET", "o'clock", "hrs", "h");

    /// <summary>Words before a year that mark it as a date ("in 2016", "since 1991").</summary>
    public static readonly FrozenSet<string> YearLeaders = Set(
        "in", "since", "of", "the", "by", "until", "till", "from", "to", "before", "after", "during", "early", "late",
        "mid", "around", "'s", "s", "through", "between", "and", "or", "year", "summer", "winter", "spring", "autumn", "fall");

    /// <summary>Words before "one" that make it a pronoun ("no one", "the one").</summary>
    public static readonly FrozenSet<string> PronounOneLeaders = Set("no", "the", "any", "every", "each", "this", "that", "which", "someone", "anyone");
}
