using System.Text;
using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class TextFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Plain_text_is_one_article_with_the_file_name_as_id_and_LF_line_ends()
    {
        var path = _dir.File("story.txt", "Title line\r\nSecond line\rThird\n\nEnd.");

        var article = TempDir.Single(path);

        Assert.Equal("Title line\nSecond line\nThird\n\nEnd.", article.Content);
        Assert.Equal(ContentType.Text, article.Type);
        Assert.Equal("story", article.Info.Id);
        Assert.Equal(new Origin(path), article.Origin);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Empty_file_is_H102()
    {
        var path = _dir.File("empty.txt", []);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Empty, error.Kind);
        Assert.Equal(path, error.Input);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09, 0x0D, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x20, 0x00, 0x0A, 0x00 })]
    public void Only_a_BOM_or_whitespace_is_H102(byte[] bytes)
    {
        var path = _dir.File("blank.txt", bytes);

        Assert.Equal(ErrorCatalog.Empty, TempDir.SingleError(path).Kind);
    }

    [Fact]
    public void Random_bytes_are_binary_H103()
    {
        var bytes = new byte[10_000];
        new Random(1234).NextBytes(bytes);
        var path = _dir.File("noise.txt", bytes);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Binary, error.Kind);
        Assert.StartsWith("contains NUL bytes", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_without_NUL_are_still_binary_by_their_control_characters()
    {
        var bytes = new byte[10_000];
        new Random(99).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = bytes[i] == 0 ? (byte)1 : bytes[i];
        }

        var path = _dir.File("noise.md", bytes);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Binary, error.Kind);
        Assert.StartsWith("mostly control characters", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "looks like a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 16 }, "looks like a JPEG image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "looks like a PDF document")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 }, "looks like a ZIP archive (or an Office document)")]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 2, 1, 1 }, "looks like an ELF executable")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0 }, "looks like gzip-compressed data (name the file .gz to read it)")]
    public void Known_binary_formats_are_named(byte[] header, string expected)
    {
        var path = _dir.File("image.txt", [.. header, .. new byte[200]]);

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Binary, error.Kind);
        Assert.Equal(expected, error.Detail);
        Assert.Equal($"{path}: error H103: binary data, not text: {expected} (give Herald text, HTML or JSONL files)", error.Message);
    }

    [Fact]
    public void Invalid_UTF8_in_UTF8_text_is_replaced_with_a_W101_warning_giving_count_and_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Café crème — déjà vu. ").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("Naïve ")).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("end")).ToArray();
        var firstBad = Encoding.UTF8.GetByteCount("Café crème — déjà vu. ");
        var path = _dir.File("bad.txt", bytes);

        var article = TempDir.Single(path);

        Assert.Equal("Café crème — déjà vu. \uFFFDNaïve \uFFFD(end", article.Content);
        var warning = Assert.Single(article.Warnings);
        Assert.Equal(ErrorCatalog.InvalidBytesReplaced, warning.Kind);
        Assert.Equal($"2 invalid UTF-8 sequences replaced, the first at byte offset {firstBad}", warning.Detail);
        Assert.Equal(path, warning.Input);
    }

    [Fact]
    public void A_lone_UTF8_lead_byte_in_ASCII_text_is_damaged_UTF8_not_Windows1252()
    {
        var bytes = Encoding.ASCII.GetBytes("Putin met Trump in Helsinki. The talks lasted two hours.").ToList();
        bytes.Insert(10, 0xC3);
        var path = _dir.File("broken.txt", [.. bytes]);

        var article = TempDir.Single(path);

        Assert.Equal("Putin met \uFFFDTrump in Helsinki. The talks lasted two hours.", article.Content);
        Assert.Equal("1 invalid UTF-8 sequence replaced, at byte offset 10", Assert.Single(article.Warnings).Detail);
    }

    [Fact]
    public void A_lone_Windows1252_letter_in_ASCII_text_is_Windows1252()
    {
        byte[] bytes = [.. "Talks at the caf"u8, 0xE9, .. " ended late."u8];
        var path = _dir.File("cafe.txt", bytes);

        var article = TempDir.Single(path);

        Assert.Equal("Talks at the café ended late.", article.Content);
        Assert.Empty(article.Warnings);
    }

    [Theory]
    [InlineData("utf-16LE")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32LE")]
    [InlineData("utf-8")]
    public void A_BOM_selects_the_encoding_and_is_dropped(string encodingName)
    {
        var encoding = encodingName switch
        {
            "utf-16LE" => (Encoding)new UnicodeEncoding(false, true),
            "utf-16BE" => new UnicodeEncoding(true, true),
            "utf-32LE" => new UTF32Encoding(false, true),
            _ => new UTF8Encoding(true),
        };
        const string text = "Zürich, 3 May — “Quotes” and 日本語 and 😀.\nLine two.";
        var path = _dir.File("bom.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        var article = TempDir.Single(path);

        Assert.Equal(text, article.Content);
        Assert.Empty(article.Warnings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UTF16_without_BOM_is_recognised_by_its_NUL_pattern(bool bigEndian)
    {
        const string text = "Plain English news text, with a café.\nSecond line.";
        var path = _dir.File("nobom.txt", new UnicodeEncoding(bigEndian, false).GetBytes(text));

        Assert.Equal(text, TempDir.Single(path).Content);
    }

    [Fact]
    public void Windows1252_smart_quotes_accent_and_euro_are_decoded()
    {
        // “Café costs €5” — 0x93, 0x94, 0xE9, 0x80 in Windows-1252.
        byte[] bytes = [.. "He said "u8, 0x93, .. "Caf"u8, 0xE9, .. " costs "u8, 0x80, .. "5"u8, 0x94, .. " today.\n"u8];
        var path = _dir.File("legacy.txt", bytes);

        var article = TempDir.Single(path);

        Assert.Equal("He said \u201cCaf\u00e9 costs \u20ac5\u201d today.\n", article.Content);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void A_longer_Windows1252_text_is_decoded()
    {
        var text = string.Concat(Enumerable.Repeat("El niño comió en el año pasado, señor. «Très bien», dit-il — c’est déjà fait. ", 30));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = _dir.File("es.txt", Encoding.GetEncoding(1252).GetBytes(text));

        Assert.Equal(text, TempDir.Single(path).Content);
    }

    [Fact]
    public void A_Windows1251_Russian_text_is_detected()
    {
        const string text = "Вчера президент заявил, что правительство должно действовать быстро в вопросе налогов.\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var path = _dir.File("ru.txt", Encoding.GetEncoding(1251).GetBytes(text));

        Assert.Equal(text, TempDir.Single(path).Content);
    }

    [Fact]
    public void Decoding_survives_every_buffer_boundary()
    {
        var text = string.Concat(Enumerable.Repeat("Ünïcödé 😀 line\r\nnext\rlast — ", 50)) + "\r";
        var bytes = Encoding.UTF8.GetBytes(text);
        var expected = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

        var item = Assert.Single(ArticleSources.Read(new TrickleStream(bytes), "trickle.txt"));

        Assert.Equal(expected, item.Article!.Content);
        Assert.Empty(item.Article.Warnings);
    }

    [Fact]
    public void Decoding_UTF16_survives_every_buffer_boundary()
    {
        var text = string.Concat(Enumerable.Repeat("Ünïcödé 😀 line\r\nnext — ", 50));
        byte[] bytes = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)];

        var item = Assert.Single(ArticleSources.Read(new TrickleStream(bytes, 3), "trickle.txt"));

        Assert.Equal(text.Replace("\r\n", "\n", StringComparison.Ordinal), item.Article!.Content);
    }

    [Fact]
    public void Nonexistent_path_is_H100_and_reading_is_lazy()
    {
        var path = System.IO.Path.Combine(_dir.Path, "missing", "nothing.txt");

        var items = ArticleSources.Read(path); // no exception until enumerated
        var error = Assert.Single(items).Error!;

        Assert.Equal(ErrorCatalog.NotFound, error.Kind);
        Assert.Equal(path, error.Input);
    }

    [SkippableFact]
    public void Unreadable_file_is_H101_with_the_OS_message()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "root reads everything; needs Unix permissions");
        var path = _dir.File("secret.txt", "text");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        var error = TempDir.SingleError(path);

        Assert.Equal(ErrorCatalog.Unreadable, error.Kind);
        Assert.Contains("denied", error.Detail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void An_explicitly_named_file_of_unknown_type_is_sniffed()
    {
        var jsonl = _dir.File("feed.data", "\n  {\"text\":\"one\"}\n{\"text\":\"two\"}\n");
        var html = _dir.File("page", "\n<!DOCTYPE html><html><body><p>Hi</p></body></html>");
        var text = _dir.File("notes.log", "Just some words.");

        Assert.Equal(["one", "two"], TempDir.Read(jsonl).Select(i => i.Article!.Content));
        Assert.Equal(ContentType.Html, TempDir.Single(html).Type);
        Assert.Equal(ContentType.Text, TempDir.Single(text).Type);
    }

    [Fact]
    public void UTF16_without_BOM_starting_with_a_brace_is_text_not_JSONL()
    {
        const string text = "{braces} open this UTF-16 text.";
        using var stream = new MemoryStream(Encoding.Unicode.GetBytes(text));

        var article = Assert.Single(ArticleSources.Read(stream, "-")).Article!;

        Assert.Equal(ContentType.Text, article.Type);
        Assert.Equal(text, article.Content);
    }

    [Fact]
    public void Standard_input_style_streams_are_sniffed()
    {
        using var jsonl = new MemoryStream("{\"text\":\"from stdin\",\"id\":\"s1\"}\n"u8.ToArray());
        using var html = new MemoryStream("<html><p>x</p></html>"u8.ToArray());
        using var text = new MemoryStream("plain"u8.ToArray());

        var record = Assert.Single(ArticleSources.Read(jsonl, "-")).Article!;
        Assert.Equal(new Origin("-", 1, "s1"), record.Origin);
        Assert.Equal(ContentType.Html, Assert.Single(ArticleSources.Read(html, "-")).Article!.Type);
        var plain = Assert.Single(ArticleSources.Read(text, "-")).Article!;
        Assert.Equal("stdin", plain.Info.Id);
        Assert.Equal("plain", plain.Content);
    }

    [Fact]
    public void A_gzipped_text_file_is_read()
    {
        var path = _dir.GzipFile("story.txt.gz", "Compressed story.");

        var article = TempDir.Single(path);

        Assert.Equal("Compressed story.", article.Content);
        Assert.Equal("story", article.Info.Id);
    }

    [Fact]
    public void ReadAll_reads_each_input_in_turn()
    {
        var a = _dir.File("a.txt", "A");
        var b = _dir.File("b.txt", "B");
        var missing = System.IO.Path.Combine(_dir.Path, "c.txt");

        var items = ArticleSources.ReadAll([b, missing, a]).ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal("B", items[0].Article!.Content);
        Assert.Equal(ErrorCatalog.NotFound, items[1].Error!.Kind);
        Assert.Equal("A", items[2].Article!.Content);
    }
}
