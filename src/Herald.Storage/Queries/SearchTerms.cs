using System.Text;

namespace Herald.Storage.Queries;

/// <summary>
/// The user's search syntax, the same on both backends: words and "quoted phrases" must all occur, OR
/// between two terms accepts either, and -word excludes articles with the word. PostgreSQL reads it with
/// websearch_to_tsquery; SQLite gets it as an FTS5 expression from <see cref="ToFts5"/>.
/// </summary>
internal static class SearchTerms
{
    /// <summary>The FTS5 MATCH expression for <paramref name="query"/>; every term quoted, so no input is FTS5 syntax.</summary>
    /// <exception cref="ArgumentException">The query has no word to look for.</exception>
    public static string ToFts5(string query)
    {
        var positive = new StringBuilder();
        var negative = new StringBuilder();
        var or = false;
        foreach (var (term, excluded) in Terms(query))
        {
            if (!excluded && term == "OR")
            {
                or = positive.Length > 0;
                continue;
            }
            var quoted = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (excluded)
                negative.Append(" NOT ").Append(quoted);
            else
                positive.Append(positive.Length == 0 ? "" : or ? " OR " : " AND ").Append(quoted);
            or = false;
        }
        if (positive.Length == 0)
            throw new ArgumentException($"the search '{query}' has no word to look for");
        return negative.Length == 0 ? positive.ToString() : $"({positive}){negative}";
    }

    // Words and quoted phrases, each with whether a leading '-' excludes it.
    private static IEnumerable<(string Term, bool Excluded)> Terms(string query)
    {
        var at = 0;
        while (at < query.Length)
        {
            if (char.IsWhiteSpace(query[at]))
            {
                at++;
                continue;
            }
            var excluded = query[at] == '-';
            if (excluded)
                at++;
            string term;
            if (at < query.Length && query[at] == '"')
            {
                var close = query.IndexOf('"', at + 1);
                var end = close < 0 ? query.Length : close;
                term = query[(at + 1)..end];
                at = end + 1;
            }
            else
            {
                var start = at;
                while (at < query.Length && !char.IsWhiteSpace(query[at]))
                    at++;
                term = query[start..at];
            }
            if (term.Trim().Length > 0)
                yield return (term, excluded);
        }
    }
}
