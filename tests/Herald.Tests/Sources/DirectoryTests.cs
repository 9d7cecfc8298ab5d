using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class DirectoryTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_directory_is_read_recursively_in_ordinal_order_skipping_hidden_entries()
    {
        var root = _dir.Path;
        _dir.File("b.html", "<html><body>B</body></html>");
        _dir.File("a.txt", "A text");
        _dir.File("c.jsonl", "{\"id\":\"c1\",\"text\":\"C1\"}\n{\"id\":\"c2\",\"text\":\"C2\"}\n");
        _dir.File("d.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        _dir.File(".hidden.txt", "hidden");
        _dir.File(".git/config.txt", "hidden too");
        _dir.File("sub/e.md", "# E");
        _dir.File("sub/Z.TXT", "Z upper");
        _dir.File("B.txt", "capital B");
        _dir.GzipFile("sub/f.txt.gz", "F gz");
        _dir.File("sub/g.tar.gz", "not read");

        var items = TempDir.Read(root);

        string Join(params string[] parts) => Path.Combine([root, .. parts]);
        Assert.Equal(
            [
                $"{Join("B.txt")} capital B",
                $"{Join("a.txt")} A text",
                $"{Join("b.html")} <html><body>B</body></html>",
                $"{Join("c.jsonl")}:1 (c1) C1",
                $"{Join("c.jsonl")}:2 (c2) C2",
                $"{Join("d.png")} W103 extension .png",
                $"{Join("sub", "Z.TXT")} Z upper",
                $"{Join("sub", "e.md")} # E",
                $"{Join("sub", "f.txt.gz")} F gz",
                $"{Join("sub", "g.tar.gz")} W103 extension .gz",
            ],
            items.Select(i => i.Article is { } a ? $"{a.Origin} {a.Content}" : $"{i.Error!.Input} {i.Error.Kind.Code} {i.Error.Detail}"));
        Assert.True(items[5].Error!.Kind.IsWarning);
    }

    [Fact]
    public void An_empty_directory_is_H102()
    {
        _dir.File(".only-hidden", "x");

        var error = TempDir.SingleError(_dir.Path);

        Assert.Equal(ErrorCatalog.Empty, error.Kind);
    }

    [Fact]
    public void A_symbolic_link_loop_is_not_followed_forever()
    {
        _dir.File("a.txt", "A");
        Directory.CreateSymbolicLink(Path.Combine(_dir.Path, "loop"), _dir.Path);

        var items = TempDir.Read(_dir.Path);

        Assert.Equal(["A"], items.Select(i => i.Article!.Content));
    }

    [Fact]
    public void A_file_named_explicitly_is_read_whatever_its_extension()
    {
        var path = _dir.File("d.png", "not really a png, just text");

        Assert.Equal("not really a png, just text", TempDir.Single(path).Content);
    }
}
