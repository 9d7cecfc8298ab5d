using System.Text;

namespace Herald.Extraction;

/// <summary>Whitespace clean-up shared by the extractor's parts.</summary>
internal static class TextCleaning
{
    /// <summary>Collapses every run of whitespace (no-break spaces included) to one space and trims the ends.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
