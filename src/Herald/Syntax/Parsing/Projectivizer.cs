namespace Herald.Syntax.Parsing;

/// <summary>
/// Makes a tree projective by lifting: while some arc crosses another, the shortest non-projective arc's
/// dependent is reattached to its head's head. Labels are kept. Arc-hybrid builds projective trees only, so it
/// is trained on lifted trees; the arcs lifted are the ones it cannot get right.
/// </summary>
public static class Projectivizer
{
    /// <summary>Lifts <paramref name="heads"/> (index 0 the root, -1; words 1..n) in place; returns how many arcs changed.</summary>
    public static int Lift(Span<int> heads)
    {
        var lifted = 0;
        while (true)
        {
            var worst = -1;
            var worstLength = int.MaxValue;
            for (var d = 1; d < heads.Length; d++)
            {
                var h = heads[d];
                var length = Math.Abs(h - d);
                if (length < worstLength && !IsProjective(heads, h, d))
                {
                    worst = d;
                    worstLength = length;
                }
            }
            if (worst < 0)
                return lifted;
            heads[worst] = heads[heads[worst]];
            lifted++;
        }
    }

    /// <summary>Whether the arc from <paramref name="head"/> to <paramref name="dependent"/> is projective: every word between them descends from the head.</summary>
    public static bool IsProjective(ReadOnlySpan<int> heads, int head, int dependent)
    {
        int from = Math.Min(head, dependent) + 1, to = Math.Max(head, dependent);
        for (var i = from; i < to; i++)
        {
            var a = i;
            var steps = 0;
            while (a > 0 && a != head && steps++ < heads.Length)
                a = heads[a];
            if (a != head)
                return false;
        }
        return true;
    }
}
