using System.Globalization;

namespace Herald.Web.Api;

/// <summary>Checks the day parameters (<c>from</c>, <c>to</c>): an ISO 8601 day or nothing.</summary>
internal static class Days
{
    /// <summary><paramref name="value"/> when it is a day like 2018-10-23 or empty; else <see cref="ArgumentException"/>.</summary>
    public static string? Checked(string? value, string name)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new ArgumentException($"{name} must be a day like 2018-10-23, not '{value}'");
        return value;
    }
}
