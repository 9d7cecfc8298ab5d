using Herald.Events;
using Herald.Tests.Support;

namespace Herald.Tests.Events;

/// <summary>The compiled CAMEO table and PLOVER mapping, and their compilers.</summary>
public sealed class CameoTableTests
{
    [Fact]
    public void The_table_has_labels_scores_roots_and_quad_classes()
    {
        var meet = CameoTable.Default.Find("036")!;
        Assert.Equal(("Express intent to meet or negotiate", 4.0, "03", 1), (meet.Label, meet.Goldstein, meet.Root, meet.QuadClass));
        Assert.Equal(2, CameoTable.Default.Find("073")!.QuadClass);
        Assert.Equal(3, CameoTable.Default.Find("111")!.QuadClass);
        Assert.Equal(4, CameoTable.Default.Find("190")!.QuadClass);
        Assert.Equal("Make public statement", CameoTable.Default.Find("01")!.Label);
    }

    [Fact]
    public void PLOVER_maps_a_code_or_its_nearest_parent()
    {
        Assert.Equal("AGREE", PloverMapping.Default.Map("036")!.Event);
        Assert.Equal("CONSULT", PloverMapping.Default.Map("040")!.Event);
        Assert.Equal(PloverMapping.Default.Map("172"), PloverMapping.Default.Map("1729"));
        Assert.Null(PloverMapping.Default.Map("99"));
    }

    [Fact]
    public void The_compiler_keeps_codes_scores_and_labels_only()
    {
        using var dir = new TempDir();
        var csv = dir.File("codes.csv", "\"\",\"code\",\"name\",\"goldstein\",\"description\"\n\"1\",\"04\",\"CONSULT\",1,\"Meet, talk\"\n\"2\",\"042\",\"Make a visit\",1.9,\"A long \"\"description\"\"\"\n");
        var lines = CameoTableCompiler.Compile(csv);
        Assert.Equal(["04\t1\tConsult", "042\t1.9\tMake a visit"], lines.Where(l => !l.StartsWith('#')));
    }

    [Fact]
    public void A_malformed_table_line_is_H122_naming_the_file_and_line()
    {
        using var dir = new TempDir();
        var path = dir.File("cameo.tsv", "# header\n040\tone\tConsult\n");
        var error = Assert.Throws<Herald.Errors.HeraldException>(() => CameoTable.Load(path)).Error;
        Assert.Equal("H122", error.Kind.Code);
        Assert.Contains("cameo.tsv:2", error.Message, StringComparison.Ordinal);
    }
}
