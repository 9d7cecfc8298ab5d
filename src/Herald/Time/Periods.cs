using System.Globalization;

namespace Herald.Time;

/// <summary>The period a unit names around a reference date, shifted by whole units, as a TIMEX3 value of that granularity.</summary>
internal static class Periods
{
    /// <summary>
    /// The value of the period <paramref name="offset"/> units from the one holding <paramref name="reference"/>:
    /// a day "2018-10-22", a week "2018-W43", a month "2018-11", a quarter "2018-Q3", a year "2017", a decade "201".
    /// <paramref name="completed"/> counts from the last whole period ("the latest quarter").
    /// </summary>
    public static string Shift(DateOnly reference, TimeUnit unit, int offset, bool completed)
    {
        if (completed)
            offset--;
        switch (unit)
        {
            case TimeUnit.Day or TimeUnit.DayPart:
                return TimeNormalizer.Date(reference.AddDays(offset));
            case TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second:
                return TimeNormalizer.Date(reference);
            case TimeUnit.Week or TimeUnit.Weekend:
                var day = reference.AddDays(7 * offset).ToDateTime(TimeOnly.MinValue);
                var week = $"{ISOWeek.GetYear(day):0000}-W{ISOWeek.GetWeekOfYear(day):00}";
                return unit == TimeUnit.Weekend ? week + "-WE" : week;
            case TimeUnit.Month:
                var month = reference.AddMonths(offset);
                return $"{month.Year:0000}-{month.Month:00}";
            case TimeUnit.Quarter:
                var quarter = reference.Year * 4 + (reference.Month - 1) / 3 + offset;
                return $"{quarter / 4:0000}-Q{quarter % 4 + 1}";
            case TimeUnit.HalfYear:
                var half = reference.Year * 2 + (reference.Month - 1) / 6 + offset;
                return $"{half / 2:0000}-H{half % 2 + 1}";
            case TimeUnit.Decade:
                return ((reference.Year / 10) + offset).ToString(CultureInfo.InvariantCulture);
            case TimeUnit.Century:
                return ((reference.Year / 100) + offset).ToString(CultureInfo.InvariantCulture);
            default:
                return TimeNormalizer.Year(reference.Year + offset);
        }
    }

    /// <summary>The underspecified value of a unit's period when there is no reference: "XXXX-WXX" for a week.</summary>
    public static string Pattern(TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.DayPart or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second => "XXXX-XX-XX",
        TimeUnit.Week => "XXXX-WXX",
        TimeUnit.Weekend => "XXXX-WXX-WE",
        TimeUnit.Month => "XXXX-XX",
        TimeUnit.Quarter => "XXXX-QX",
        TimeUnit.HalfYear => "XXXX-HX",
        TimeUnit.Decade => "XXX",
        TimeUnit.Century => "XX",
        _ => "XXXX",
    };
}
