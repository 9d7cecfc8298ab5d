namespace Herald.Syntax.Conllu;

/// <summary>Reads the <c>|</c>-separated MISC column.</summary>
internal static class ConlluMisc
{
    public static bool Has(string misc, string entry)
    {
        foreach (var part in misc.AsSpan().Split('|'))
        {
            if (misc.AsSpan()[part].SequenceEqual(entry))
                return true;
        }
        return false;
    }
}
