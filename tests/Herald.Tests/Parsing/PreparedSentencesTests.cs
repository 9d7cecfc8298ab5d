using Herald.Syntax.Parsing;
using Herald.Tests.Support;

namespace Herald.Tests.Parsing;

public sealed class PreparedSentencesTests
{
    private static PreparedSentences Sample() =>
        new([ParserSentence.OfTree([-1, 2, 0, 2]), ParserSentence.OfTree([-1, 0, 1])], null, null);

    [Fact]
    public void What_was_written_under_a_key_is_read_back_under_that_key_only()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "prepared.bin");
        PreparedSentences.Write(path, "key", Sample());
        var read = PreparedSentences.TryRead(path, "key");
        Assert.NotNull(read);
        Assert.Equal([3, 2], read.Train.Select(s => s.Count));
        Assert.Equal([2, 0, 2], read.Train[0].Heads.Skip(1));
        Assert.Null(PreparedSentences.TryRead(path, "other key"));
    }

    [Fact]
    public void A_cut_short_file_is_treated_as_absent_so_the_sentences_are_prepared_again()
    {
        // a training run killed while writing its cache must not stop the next run
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "prepared.bin");
        PreparedSentences.Write(path, "key", Sample());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Null(PreparedSentences.TryRead(path, "key"));
    }
}
