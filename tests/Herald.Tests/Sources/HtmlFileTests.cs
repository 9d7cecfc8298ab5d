using System.Text;
using Herald.Errors;
using Herald.Sources;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

public sealed class HtmlFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Meta_charset_windows1252_is_honoured()
    {
        byte[] bytes = [.. "<!DOCTYPE html>\n<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>"u8, 0x93, .. "Caf"u8, 0xE9, .. " "u8, 0x80, .. "5"u8, 0x94, .. "</p></body></html>\n"u8];
        var path = _dir.File("page.html", bytes);

        var article = TempDir.Single(path);

        Assert.Equal(ContentType.Html, article.Type);
        Assert.Equal("page", article.Info.Id);
        Assert.Contains("<p>\u201cCaf\u00e9 \u20ac5\u201d</p>", article.Content, StringComparison.Ordinal);
        Assert.Empty(article.Warnings);
    }

    [Fact]
    public void Http_equiv_content_type_charset_is_honoured()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>Привет, мир</body></html>";
        var path = _dir.File("ru.htm", Encoding.GetEncoding(1251).GetBytes(html));

        Assert.Equal(html, TempDir.Single(path).Content);
    }

    [Fact]
    public void Iso8859_1_declaration_reads_as_windows1252_like_browsers()
    {
        byte[] bytes = [.. "<html><head><meta charset='ISO-8859-1'></head><body>"u8, 0x93, .. "x"u8, 0x94, .. "</body></html>"u8];
        var path = _dir.File("latin.html", bytes);

        Assert.Equal("<html><head><meta charset='ISO-8859-1'></head><body>\u201cx\u201d</body></html>", TempDir.Single(path).Content);
    }

    [Fact]
    public void The_BOM_wins_over_the_declared_charset()
    {
        const string html = "<html><head><meta charset=\"windows-1252\"></head><body>Zoë “x”</body></html>";
        var path = _dir.File("bom.xhtml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(html)]);

        Assert.Equal(html, TempDir.Single(path).Content);
    }

    [Fact]
    public void Without_a_declaration_valid_UTF8_is_UTF8()
    {
        const string html = "<html><body>Zoë — “x”</body></html>";
        var path = _dir.File("plain.html", html);

        Assert.Equal(html, TempDir.Single(path).Content);
    }

    [Fact]
    public void Whitespace_only_html_is_H102()
    {
        var path = _dir.File("blank.html", "  \n\t ");

        Assert.Equal(ErrorCatalog.Empty, TempDir.SingleError(path).Kind);
    }
}
