using Herald.Entities.Recognition;
using Herald.Errors;
using Herald.Learning;
using Herald.Syntax.Parsing;
using Herald.Syntax.Tagging;
using Herald.Tests.Parsing;
using Herald.Tests.Support;

namespace Herald.Tests.Learning;

public sealed class ModelFileErrorTests
{
    public static TheoryData<string> Kinds => ["tagger", "ner", "parser"];

    private static (ModelHeader Header, string FileName, Action<string> Load) Kind(string kind) => kind switch
    {
        "tagger" => (TaggerModel.Header, TaggerModel.FileName, directory => TaggerModel.Load(directory)),
        "ner" => (NerModel.Header, NerModel.FileName, directory => NerModel.Load(directory)),
        _ => (ParserModel.Header, ParserModel.FileName, directory => ParserModel.Load(directory, ParserTestModel.Tagger)),
    };

    [Fact]
    public void A_reader_of_older_formats_accepts_them_and_names_the_range_it_reads()
    {
        var expected = new ModelHeader("HRLDTEST", 6, 1);
        ModelHeader Read(int format)
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                (expected with { FormatVersion = format }).Write(writer);
            stream.Position = 0;
            using var reader = new BinaryReader(stream);
            return ModelHeader.ReadExpecting(reader, expected, oldestFormat: 5);
        }

        Assert.Equal(5, Read(5).FormatVersion);
        Assert.Equal(6, Read(6).FormatVersion);
        Assert.Contains("reads versions 5 to 6", Assert.Throws<InvalidDataException>(() => Read(4)).Message, StringComparison.Ordinal);
        Assert.Contains("reads versions 5 to 6", Assert.Throws<InvalidDataException>(() => Read(7)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_model_of_another_format_version_says_so_and_how_to_rebuild_it(string kind)
    {
        var (header, fileName, load) = Kind(kind);
        using var dir = new TempDir();
        using (var stream = new MemoryStream())
        {
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                (header with { FormatVersion = header.FormatVersion + 90 }).Write(writer);
            dir.File(fileName, stream.ToArray());
        }

        var error = Assert.Throws<HeraldException>(() => load(dir.Path)).Error;

        Assert.Equal(ErrorCatalog.UnusableModel, error.Kind);
        Assert.Contains($"format version {header.FormatVersion + 90}", error.Message, StringComparison.Ordinal);
        Assert.Contains("meta.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("permissions", error.Message, StringComparison.Ordinal); // the file was read: its access is not the problem
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(error.Message, "retrain|rebuild"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Bytes_that_are_not_a_model_are_an_unusable_model(string kind)
    {
        var (_, fileName, load) = Kind(kind);
        using var dir = new TempDir();
        dir.File(fileName, "not a model at all");

        var error = Assert.Throws<HeraldException>(() => load(dir.Path)).Error;

        Assert.Equal(ErrorCatalog.UnusableModel, error.Kind);
        Assert.Contains(fileName, error.Message, StringComparison.Ordinal);
    }
}
