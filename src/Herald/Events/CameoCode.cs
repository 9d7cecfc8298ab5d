namespace Herald.Events;

/// <summary>
/// One CAMEO event code with its short label and Goldstein score. The root is the code's first two digits;
/// the quad class follows from the root: 01-05 verbal cooperation (1), 06-08 material cooperation (2),
/// 09-13 verbal conflict (3), 14-20 material conflict (4).
/// </summary>
public sealed record CameoCode(string Code, string Label, double Goldstein)
{
    /// <summary>The root category, the code's first two digits ("04" for "043").</summary>
    public string Root => Code[..2];

    /// <summary>The quad class of <see cref="Root"/>, 1 to 4.</summary>
    public int QuadClass => QuadClassOf(Root);

    /// <summary>The quad class (1 to 4) of a two-digit CAMEO root; 0 for anything else.</summary>
    public static int QuadClassOf(string root) => int.TryParse(root, out var number) ? number switch
    {
        >= 1 and <= 5 => 1,
        >= 6 and <= 8 => 2,
        >= 9 and <= 13 => 3,
        >= 14 and <= 20 => 4,
        _ => 0,
    } : 0;
}
