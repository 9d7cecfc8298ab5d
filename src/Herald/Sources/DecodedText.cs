using System.Text;

namespace Herald.Sources;

/// <summary>Decodes a whole stream by a plan: the text (LF line ends) and the invalid sequences replaced on the way.</summary>
internal static class DecodedText
{
    public static (string Text, int Invalid, long FirstInvalid) ReadAll(Stream stream, DecodePlan plan)
    {
        var reader = new DecodingReader(stream, plan);
        var text = new StringBuilder();
        var chunk = new char[16 * 1024];
        int n;
        while ((n = reader.Read(chunk)) > 0)
        {
            text.Append(chunk, 0, n);
        }

        var (invalid, first) = reader.TakeInvalid(long.MaxValue);
        return (text.ToString(), invalid, first);
    }
}
