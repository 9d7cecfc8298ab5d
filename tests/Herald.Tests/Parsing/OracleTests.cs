using Herald.Syntax.Conllu;
using Herald.Syntax.Parsing;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

public sealed class OracleTests
{
    // Follows zero-cost transitions from the start; returns the tree built.
    private static int[] FollowOracle(ParserSentence sentence, ReadOnlySpan<int> gold)
    {
        var state = new ParseState();
        sentence.Load(state);
        var steps = 0;
        while (!state.Terminal)
        {
            var chosen = -1;
            for (var t = 0; t < ParseState.TransitionCount; t++)
            {
                if (ParserModel.Legal(state, t) && ArcHybridOracle.Cost(state, gold, t) == 0)
                {
                    chosen = t;
                    break;
                }
            }
            Assert.True(chosen >= 0, "no zero-cost transition");
            state.Apply(chosen, chosen == ParseState.Shift ? -1 : 1);
            Assert.True(++steps <= 2 * sentence.Count, "too many transitions");
        }
        return state.Heads.AsSpan(0, sentence.Count + 1).ToArray();
    }

    [Theory]
    [InlineData(new[] { -1, 0 })]
    [InlineData(new[] { -1, 2, 0, 2 })]
    [InlineData(new[] { -1, 2, 0, 4, 2, 2 })]
    [InlineData(new[] { -1, 3, 3, 0, 3, 6, 4, 3 })]
    [InlineData(new[] { -1, 0, 1, 2, 3, 4 })]
    [InlineData(new[] { -1, 5, 5, 5, 5, 0 })]
    public void The_static_oracle_reproduces_projective_trees(int[] heads)
    {
        var built = FollowOracle(ParserSentence.OfTree(heads), heads);
        Assert.Equal(heads[1..], built[1..]);
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective()
    {
        // 1 <- 3 crosses 2 -> 4: word 4 hangs from 2 across 3, the root word.
        int[] heads = [-1, 3, 3, 0, 2];
        Assert.False(Projectivizer.IsProjective(heads, 2, 4));
        Assert.Equal(1, Projectivizer.Lift(heads));
        Assert.Equal([-1, 3, 3, 0, 3], heads);
    }

    [SkippableFact]
    public void The_oracle_reproduces_every_lifted_ewt_dev_tree()
    {
        var path = SharedData.Require("ud/en_ewt-ud-dev.conllu.gz");
        var checkedTrees = 0;
        foreach (var conllu in ConlluReader.ReadFile(path).Take(1500))
        {
            var heads = new int[conllu.Words.Count + 1];
            heads[0] = -1;
            for (var i = 0; i < conllu.Words.Count; i++)
                heads[i + 1] = conllu.Words[i].Head;
            Projectivizer.Lift(heads);
            var built = FollowOracle(ParserSentence.OfTree(heads), heads);
            Assert.Equal(heads[1..], built[1..]);
            checkedTrees++;
        }
        Assert.True(checkedTrees > 1000);
    }

    [Fact]
    public void Costs_count_the_gold_arcs_a_transition_loses()
    {
        // "a b c": b heads a and c; b is the root word.
        int[] gold = [-1, 2, 0, 2];
        var state = new ParseState();
        ParserSentence.OfTree(gold).Load(state);
        state.Apply(ParseState.Shift, -1);                 // stack: root a; buffer: b c
        Assert.Equal(0, ArcHybridOracle.Cost(state, gold, ParseState.Left));   // a <- b
        Assert.Equal(2, ArcHybridOracle.Cost(state, gold, ParseState.Shift));  // a can no longer take b as head, nor b the root
        state.Apply(ParseState.Left, 1);                   // stack: root; buffer: b c
        state.Apply(ParseState.Shift, -1);                 // stack: root b; buffer: c
        Assert.Equal(2, ArcHybridOracle.Cost(state, gold, ParseState.Left));   // b <- c loses b's dependent c and its head, the root
        Assert.Equal(0, ArcHybridOracle.Cost(state, gold, ParseState.Shift));
    }
}
