namespace Herald.Syntax.Parsing;

/// <summary>
/// The dynamic oracle of the arc-hybrid system (Goldberg and Nivre 2013): the cost of a transition is the
/// number of gold arcs it makes unreachable, exact for projective gold trees, whatever mistakes came before.
/// </summary>
internal static class ArcHybridOracle
{
    /// <summary>
    /// One training step's choice: the best-scoring legal transition (predicted) and the best-scoring one of
    /// least cost (the target); <paramref name="costs"/> gets each transition's cost, -1 where it is illegal.
    /// </summary>
    public static (int Predicted, int Target, int MinCost) Choose(ParseState s, ReadOnlySpan<int> gold, ReadOnlySpan<float> scores, Span<int> costs)
    {
        int predicted = -1, target = -1, minCost = int.MaxValue;
        for (var t = 0; t < ParseState.TransitionCount; t++)
        {
            if (!ParserModel.Legal(s, t))
            {
                costs[t] = -1;
                continue;
            }
            costs[t] = Cost(s, gold, t);
            if (predicted < 0 || scores[t] > scores[predicted])
                predicted = t;
            if (costs[t] < minCost || (costs[t] == minCost && scores[t] > scores[target]))
            {
                minCost = costs[t];
                target = t;
            }
        }
        return (predicted, target, minCost);
    }

    /// <summary>The cost of <paramref name="transition"/> in <paramref name="s"/> against gold heads <paramref name="gold"/> (index 0 the root).</summary>
    public static int Cost(ParseState s, ReadOnlySpan<int> gold, int transition)
    {
        if (transition == ParseState.Shift)
        {
            var b = s.Next;
            var cost = 0;
            // b leaves the buffer: it can no longer take dependents from the stack, nor a head below s0.
            for (var k = 0; k < s.StackCount; k++)
            {
                var item = s.Stack[k];
                if (item != 0 && gold[item] == b)
                    cost++;
                if (k < s.StackCount - 1 && gold[b] == item)
                    cost++;
            }
            return cost;
        }
        var s0 = s.Stack[s.StackCount - 1];
        var lost = DependentsInBuffer(s, gold, s0);
        var head = gold[s0];
        if (transition == ParseState.Left)
        {
            var s1 = s.Stack[s.StackCount - 2];
            if (head != s.Next && (head == s1 || head > s.Next))
                lost++;
        }
        else if (head >= s.Next)
            lost++;
        return lost;
    }

    private static int DependentsInBuffer(ParseState s, ReadOnlySpan<int> gold, int word)
    {
        var count = 0;
        for (var j = s.Next; j <= s.Count; j++)
        {
            if (gold[j] == word)
                count++;
        }
        return count;
    }
}
