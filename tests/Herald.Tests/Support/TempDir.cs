using System.IO.Compression;
using System.Text;
using Herald.Sources;

namespace Herald.Tests.Support;

/// <summary>A fresh temporary directory for one test, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "herald-sources-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The full path of <paramref name="name"/> inside the directory, without creating it.</summary>
    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="name"/> (creating folders) and returns its path.</summary>
    public string File(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public string File(string name, string utf8Text) => File(name, Encoding.UTF8.GetBytes(utf8Text));

    public string GzipFile(string name, string utf8Text) => File(name, Gzip(Encoding.UTF8.GetBytes(utf8Text)));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public static List<SourceItem> Read(string path) => [.. ArticleSources.Read(path)];

    public static RawArticle Single(string path)
    {
        var items = Read(path);
        var item = Assert.Single(items);
        Assert.Null(item.Error);
        return item.Article!;
    }

    public static Herald.Errors.HeraldError SingleError(string path)
    {
        var items = Read(path);
        var item = Assert.Single(items);
        Assert.Null(item.Article);
        return item.Error!;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>A stream that gives at most a few bytes per read, to exercise every buffer boundary.</summary>
internal sealed class TrickleStream(byte[] data, int step = 1) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position { get => _position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = Math.Min(Math.Min(count, step), data.Length - _position);
        Array.Copy(data, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
