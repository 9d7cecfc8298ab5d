using System.Text;
using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class TextSplittingTests
{
    private static List<SourceItem> Split(string text, int limit)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var head = bytes.Length > TextDecoder.SniffBytes ? bytes[..TextDecoder.SniffBytes] : bytes;
        return [.. TextArticleReader.Read(new MemoryStream(bytes), head, head.Length, head.Length == bytes.Length, "in.txt", "in", limit)];
    }

    [Fact]
    public void Text_under_the_limit_is_one_article_without_warning()
    {
        var item = Assert.Single(Split("short\n\ntext", 100));

        Assert.Equal(new Origin("in.txt"), item.Article!.Origin);
        Assert.Equal("in", item.Article.Info.Id);
        Assert.Empty(item.Article.Warnings);
    }

    [Fact]
    public void Parts_are_cut_after_blank_lines_and_number_their_first_line()
    {
        var text = "aaaa bbbb\n\ncccc dddd\n \neeee ffff\n\nend";

        var parts = Split(text, 20).Select(i => i.Article!).ToList();

        Assert.Equal(["aaaa bbbb\n\n", "cccc dddd\n \n", "eeee ffff\n\nend"], parts.Select(p => p.Content));
        Assert.Equal([1L, 3, 5], parts.Select(p => p.Origin.Line));
        Assert.Equal(["in#part1", "in#part2", "in#part3"], parts.Select(p => p.Info.Id));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Content)));
        var warning = Assert.Single(parts[0].Warnings);
        Assert.Equal(ErrorCatalog.SplitIntoParts, warning.Kind);
        Assert.Equal("in.txt:1 (in#part1)", warning.Input);
        Assert.Equal("longer than 20 characters: cut into parts of at most 20 characters, at paragraph breaks where possible", warning.Detail);
        Assert.All(parts.Skip(1), p => Assert.Empty(p.Warnings));
    }

    [Fact]
    public void Without_a_paragraph_break_near_the_limit_parts_are_cut_at_a_line_break()
    {
        var text = "p1 l1\np1 l2\n\np2 l1\n \np3 l1 words\np3 l2\n\np4";

        var parts = Split(text, 20).Select(i => i.Article!).ToList();

        Assert.Equal(["p1 l1\np1 l2\n\n", "p2 l1\n \np3 l1 words\n", "p3 l2\n\np4"], parts.Select(p => p.Content));
        Assert.Equal([1L, 4, 7], parts.Select(p => p.Origin.Line));
    }

    [Theory]
    [InlineData("aaaa\n\nbbbbbbbbbbbb\ncc dd", 20, 19)] // line break: the blank line is too early (before half)
    [InlineData("aaaaaaaaaaaaa bbbbbbbbbbbbbbb", 20, 14)] // whitespace
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaa", 20, 20)] // hard
    [InlineData("aaaaaaaaaaaaaaaaaaa\U0001F600aaa", 20, 19)] // not inside a surrogate pair
    [InlineData("aaaaaaaaaaaa\n\nbbb\ncccccc", 20, 14)] // paragraph beats a later line break
    public void FindCut_prefers_paragraph_then_line_then_space_then_hard(string text, int limit, int expected)
    {
        Assert.Equal(expected, TextArticleReader.FindCut(text, limit));
    }

    [Fact]
    public void Whitespace_only_parts_are_dropped_but_still_counted()
    {
        var text = "word\n\n" + new string(' ', 30) + "\n\nend";

        var parts = Split(text, 10).Select(i => i.Article!).ToList();

        Assert.Equal(2, parts.Count);
        Assert.Equal("word\n\n", parts[0].Content);
        Assert.Equal("\n\nend", parts[1].Content);
        Assert.Equal(3, parts[1].Origin.Line);
        Assert.Equal("in#part5", parts[1].Info.Id);
    }

    [Fact]
    public void A_whitespace_only_large_text_is_H102()
    {
        var error = Assert.Single(Split(new string(' ', 100) + "\n" + new string('\t', 100), 10)).Error!;

        Assert.Equal(ErrorCatalog.Empty, error.Kind);
    }

    [Fact]
    public void Invalid_bytes_are_reported_on_the_part_that_holds_them()
    {
        byte[] bytes = [.. "éàüöçèêëîïôû\n\n"u8, .. "second "u8, 0xFF, .. " part\n\n"u8, .. "third"u8];
        var items = TextArticleReader.Read(new MemoryStream(bytes), bytes, bytes.Length, true, "in.txt", "in", 18).Select(i => i.Article!).ToList();

        Assert.Equal(["éàüöçèêëîïôû\n\n", "second \uFFFD part\n\n", "third"], items.Select(a => a.Content));
        Assert.Equal([ErrorCatalog.SplitIntoParts], items[0].Warnings.Select(w => w.Kind));
        var w101 = Assert.Single(items[1].Warnings);
        Assert.Equal(ErrorCatalog.InvalidBytesReplaced, w101.Kind);
        Assert.Equal("in.txt:3 (in#part2)", w101.Input);
        Assert.Equal("1 invalid UTF-8 sequence replaced, at byte offset 33", w101.Detail);
        Assert.Empty(items[2].Warnings);
    }
}
