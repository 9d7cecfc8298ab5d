namespace Herald.Syntax.Tagging;

/// <summary>Tagging and lemma accuracy on gold-tokenised data: counts of words and of correct answers.</summary>
public sealed class TaggerScores
{
    /// <summary>Words scored.</summary>
    public int Words { get; private set; }

    /// <summary>Words with the right UPOS.</summary>
    public int UposCorrect { get; private set; }

    /// <summary>Words with the right XPOS.</summary>
    public int XposCorrect { get; private set; }

    /// <summary>Words with both tags right.</summary>
    public int JointCorrect { get; private set; }

    /// <summary>Words with the right lemma (case-sensitive).</summary>
    public int LemmaCorrect { get; private set; }

    /// <summary>Words whose lowercase form was not in the training data.</summary>
    public int Unseen { get; private set; }

    /// <summary>Unseen words with the right UPOS.</summary>
    public int UnseenUposCorrect { get; private set; }

    /// <summary>UPOS accuracy, percent.</summary>
    public double Upos => Percent(UposCorrect, Words);

    /// <summary>XPOS accuracy, percent.</summary>
    public double Xpos => Percent(XposCorrect, Words);

    /// <summary>UPOS and XPOS both right, percent.</summary>
    public double Joint => Percent(JointCorrect, Words);

    /// <summary>Lemma accuracy, percent.</summary>
    public double Lemma => Percent(LemmaCorrect, Words);

    /// <summary>UPOS accuracy on words unseen in training, percent.</summary>
    public double UnseenUpos => Percent(UnseenUposCorrect, Unseen);

    /// <summary>Counts one word.</summary>
    public void Add(bool upos, bool xpos, bool lemma, bool unseen)
    {
        Words++;
        UposCorrect += upos ? 1 : 0;
        XposCorrect += xpos ? 1 : 0;
        JointCorrect += upos && xpos ? 1 : 0;
        LemmaCorrect += lemma ? 1 : 0;
        if (unseen)
        {
            Unseen++;
            UnseenUposCorrect += upos ? 1 : 0;
        }
    }

    /// <summary>The figures by name, rounded to two decimals, as meta.json and <c>--json</c> give them.</summary>
    public IReadOnlyDictionary<string, double> ToDictionary() => new Dictionary<string, double>
    {
        ["words"] = Words,
        ["upos"] = Math.Round(Upos, 2),
        ["xpos"] = Math.Round(Xpos, 2),
        ["uposXpos"] = Math.Round(Joint, 2),
        ["lemma"] = Math.Round(Lemma, 2),
        ["unseenWords"] = Unseen,
        ["unseenUpos"] = Math.Round(UnseenUpos, 2),
    };

    private static double Percent(int part, int whole) => whole == 0 ? 0 : 100.0 * part / whole;
}
