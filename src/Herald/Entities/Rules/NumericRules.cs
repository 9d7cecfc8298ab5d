using System.Globalization;
using Herald.Documents;

namespace Herald.Entities.Rules;

/// <summary>
/// Finds NUMBER, ORDINAL, MONEY, PERCENT and QUANTITY mentions over tokens. Numbers that belong to dates or
/// times ("Nov. 11", "11 November 2018", "in 2016", "10 a.m.") are left to the time layer.
/// </summary>
internal static class NumericRules
{
    public static void Find(RuleContext context, List<Mention> found)
    {
        var i = 0;
        while (i < context.Count)
        {
            var next = Match(context, i, found);
            i = next > i ? next : i + 1;
        }
    }

    // Tries every numeric pattern at token i; adds at most one mention and returns the index after it.
    private static int Match(RuleContext context, int i, List<Mention> found)
    {
        var sentence = context.Sentence(i);
        var start = i;
        var currencyBefore = false;
        if (IsCurrencyPrefix(context, i, sentence, out var afterPrefix))
        {
            currencyBefore = true;
            i = afterPrefix;
        }
        if (!context.InSentence(i, sentence))
            return start + 1;
        var end = NumberEnd(context, i, sentence, out var plain);
        if (end == i)
            return currencyBefore ? start + 1 : OrdinalAt(context, i, sentence, found);
        string type;
        if (currencyBefore)
            type = EntityTypes.Money;
        else if (Suffix(context, end, sentence, out var suffixEnd, out var suffixType))
        {
            type = suffixType;
            end = suffixEnd;
        }
        else if (plain && IsDatePart(context, i, end, sentence))
            return end;
        else if (IsPronounOne(context, i, end, sentence))
            return end;
        else
            type = EntityTypes.Number;
        if (context.Overlaps(start, end))
            return end;
        found.Add(new Mention(start, end, type, -1) { Source = EntityRulesStage.RuleSource });
        return end;
    }

    private static bool IsCurrencyPrefix(RuleContext context, int i, int sentence, out int after)
    {
        after = i;
        // "US" "$" or "A" "$" as the tokenizer may split them.
        if (context.Is(i + 1, sentence, "$") && context.Joined(i + 1) && context.Chars(i).Length <= 2 && char.IsUpper(context.Chars(i)[0]))
        {
            after = i + 2;
            return true;
        }
        if (!NumberWords.CurrencyPrefixes.Contains(context.Text(i)))
            return false;
        after = i + 1;
        return true;
    }

    // The end of a number phrase starting at i ("1,000", "2 million", "several hundred", "twenty - five"), or i if none.
    // plain: a single bare digit token (a candidate year or day).
    private static int NumberEnd(RuleContext context, int i, int sentence, out bool plain)
    {
        plain = false;
        var chars = context.Chars(i);
        int end;
        if (IsDigitNumber(chars, out var joinedScale))
        {
            end = i + 1;
            plain = !joinedScale;
        }
        else if (NumberWords.Cardinals.Contains(context.Text(i)))
        {
            end = i + 1;
            while (context.Is(end, sentence, "-") && context.Joined(end) && context.Is(end + 1, sentence, NumberWords.Cardinals))
                end += 2;
        }
        else if (NumberWords.Quantifiers.Contains(context.Text(i)) && IsSpacedScale(context, i + 1, sentence))
            end = i + 1;
        else if (context.Is(i, sentence, "a") && context.Is(i + 1, sentence, "few") && IsSpacedScale(context, i + 2, sentence))
            end = i + 2;
        else if (NumberWords.PluralScales.Contains(context.Text(i)) && !context.Is(i - 1, sentence, "the"))
            return i + 1;
        else
            return i;
        while (context.InSentence(end, sentence) && (IsSpacedScale(context, end, sentence) || (NumberWords.JoinedOnlyScales.Contains(context.Text(end)) && context.Joined(end))))
        {
            plain = false;
            end++;
        }
        return end;
    }

    private static bool IsSpacedScale(RuleContext context, int i, int sentence) =>
        context.Is(i, sentence, NumberWords.Scales) && !NumberWords.JoinedOnlyScales.Contains(context.Text(i));

    // "76", "1,000", "1.13", "600m", "1.13bn": digits with grouping commas and one decimal point, and an optional joined scale.
    private static bool IsDigitNumber(ReadOnlySpan<char> chars, out bool joinedScale)
    {
        joinedScale = false;
        var digits = 0;
        var k = 0;
        for (; k < chars.Length; k++)
        {
            var c = chars[k];
            if (char.IsAsciiDigit(c))
                digits++;
            else if ((c == ',' || c == '.') && k > 0 && k + 1 < chars.Length && char.IsAsciiDigit(chars[k + 1]) && char.IsAsciiDigit(chars[k - 1]))
                continue;
            else
                break;
        }
        if (digits == 0)
            return false;
        if (k == chars.Length)
            return true;
        joinedScale = NumberWords.JoinedOnlyScales.Contains(chars[k..].ToString());
        return joinedScale;
    }

    // A percent sign or word, a currency or a unit after the number.
    private static bool Suffix(RuleContext context, int end, int sentence, out int suffixEnd, out string type)
    {
        suffixEnd = end;
        type = EntityTypes.Number;
        if (!context.InSentence(end, sentence))
            return false;
        var text = context.Text(end);
        if (text is "%" || text.Equals("percent", StringComparison.OrdinalIgnoreCase) || text.Equals("pct", StringComparison.OrdinalIgnoreCase))
            (suffixEnd, type) = (end + 1, EntityTypes.Percent);
        else if (context.Is(end, sentence, "per") && context.Is(end + 1, sentence, "cent"))
            (suffixEnd, type) = (end + 2, EntityTypes.Percent);
        else if (context.Is(end, sentence, "percentage") && (context.Is(end + 1, sentence, "points") || context.Is(end + 1, sentence, "point")))
            (suffixEnd, type) = (end + 2, EntityTypes.Percent);
        else if (NumberWords.CurrencySuffixes.Contains(text))
            (suffixEnd, type) = (end + 1, EntityTypes.Money);
        else if (context.Is(end + 1, sentence, NumberWords.CurrencySuffixes) && text is "US" or "U.S." or "Hong Kong" or "Canadian" or "Australian")
            (suffixEnd, type) = (end + 2, EntityTypes.Money);
        else if (NumberWords.Units.Contains(text) && !(text is "g" or "h" && !context.Joined(end)))
        {
            (suffixEnd, type) = (end + 1, EntityTypes.Quantity);
            if ((text is "square" or "sq" or "sq.") && context.Is(end + 1, sentence, NumberWords.Units))
                suffixEnd++;
        }
        return suffixEnd > end;
    }

    // A bare number that is a day of a month, a year or a clock time.
    private static bool IsDatePart(RuleContext context, int i, int end, int sentence)
    {
        var chars = context.Chars(i);
        if (IsMonth(context, i - 1, sentence) || IsMonth(context, end, sentence) || context.Is(end, sentence, NumberWords.TimeMarkers))
            return true;
        // "11 November": the month after "of" ("the 11th of November") is handled with ordinals.
        if (chars.Length == 4 && int.TryParse(chars, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2099)
        {
            // A year unless it counts something: "2000 people" (a lowercase plural noun after it, nothing date-like before).
            var counts = context.InSentence(end, sentence) && IsLowerPluralNoun(context, end) && !context.Is(i - 1, sentence, NumberWords.YearLeaders);
            return !counts;
        }
        // "Nov. 11, 2018": a year after a day after a month.
        return context.Is(i - 1, sentence, ",") && context.InSentence(i - 2, sentence) && IsMonth(context, i - 3, sentence);
    }

    private static bool IsMonth(RuleContext context, int i, int sentence)
    {
        if (!context.InSentence(i, sentence))
            return false;
        if (context.Is(i, sentence, NumberWords.Months) && char.IsUpper(context.Chars(i)[0]))
            return !(context.Text(i) is "May" or "March" && context.Upos(i) is "VERB" or "AUX");
        // "Nov" "." split by the tokenizer.
        return context.Is(i, sentence, ".") && context.Is(i - 1, sentence, NumberWords.Months) && char.IsUpper(context.Chars(i - 1)[0]);
    }

    private static bool IsLowerPluralNoun(RuleContext context, int i)
    {
        var chars = context.Chars(i);
        if (chars.Length < 3 || !char.IsLower(chars[0]))
            return false;
        return context.Xpos(i) is { } xpos ? xpos == "NNS" : chars[^1] == 's';
    }

    // "one" as a pronoun: "no one", "one of them", "one another".
    private static bool IsPronounOne(RuleContext context, int i, int end, int sentence)
    {
        if (end != i + 1 || !context.Chars(i).Equals("one", StringComparison.OrdinalIgnoreCase))
            return false;
        if (context.Upos(i) is "PRON" or "NOUN")
            return true;
        if (context.Is(i - 1, sentence, NumberWords.PronounOneLeaders) || context.Is(end, sentence, "another") || context.Is(end, sentence, "of"))
            return true;
        return !context.InSentence(end, sentence) || !char.IsLetter(context.Chars(end)[0]);
    }

    private static int OrdinalAt(RuleContext context, int i, int sentence, List<Mention> found)
    {
        var chars = context.Chars(i);
        var isOrdinal = NumberWords.Ordinals.Contains(context.Text(i)) || IsDigitOrdinal(chars);
        if (!isOrdinal)
            return i + 1;
        // "second" the noun ("a second"), and days of months ("July 4th", "the 11th of November").
        if (context.Upos(i) is "NOUN" || IsMonth(context, i - 1, sentence) || IsMonth(context, i + 1, sentence)
            || (context.Is(i + 1, sentence, "of") && IsMonth(context, i + 2, sentence)))
            return i + 1;
        if (!context.Overlaps(i, i + 1))
            found.Add(new Mention(i, i + 1, EntityTypes.Ordinal, -1) { Source = EntityRulesStage.RuleSource });
        return i + 1;
    }

    private static bool IsDigitOrdinal(ReadOnlySpan<char> chars)
    {
        if (chars.Length < 3)
            return false;
        var suffix = chars[^2..];
        if (!(suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
            return false;
        foreach (var c in chars[..^2])
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }
        return true;
    }
}
