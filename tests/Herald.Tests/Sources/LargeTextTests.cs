using System.Text;
using Herald.Errors;
using Herald.Sources;
using Xunit.Abstractions;

using Herald.Tests.Support;

namespace Herald.Tests.Sources;

[CollectionDefinition(nameof(MemoryMeasuring), DisableParallelization = true)]
public sealed class MemoryMeasuring;

[Collection(nameof(MemoryMeasuring))]
public sealed class LargeTextTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_50MB_text_streams_in_contiguous_parts_with_bounded_memory()
    {
        // 1 MiB of paragraphs of varying length, written 50 times.
        var block = new StringBuilder();
        for (var i = 0; block.Length < 1 << 20; i++)
        {
            block.Append("Paragraph ").Append(i).Append(": ");
            block.Append('w', 40 + (i * 37 % 400)).Append(" words.\nA second line.\n\n");
        }

        var pattern = block.ToString(0, 1 << 20);
        var bytes = Encoding.ASCII.GetBytes(pattern);
        var path = Path.Combine(_dir.Path, "big.txt");
        using (var file = File.Create(path))
        {
            for (var i = 0; i < 50; i++)
            {
                file.Write(bytes);
            }
        }

        long total = 50L << 20;
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, position = 0, line = 1;
        var parts = 0;
        foreach (var item in ArticleSources.Read(path))
        {
            var article = item.Article!;
            parts++;
            Assert.InRange(article.Content.Length, 1, ArticleSources.PartLimit);
            Assert.True(article.Content.Length >= ArticleSources.PartLimit / 2 || position + article.Content.Length == total, "only the last part may be short");
            Assert.Equal(new Origin(path, line, $"big#part{parts}"), article.Origin);
            Assert.Equal($"big#part{parts}", article.Info.Id);
            if (parts == 1)
            {
                var warning = Assert.Single(article.Warnings);
                Assert.Equal(ErrorCatalog.SplitIntoParts, warning.Kind);
                Assert.Contains($"{ArticleSources.PartLimit} characters", warning.Detail, StringComparison.Ordinal);
            }
            else
            {
                Assert.Empty(article.Warnings);
            }

            // Contiguous: the part is exactly the text from where the previous one ended, cut after a blank line.
            var content = article.Content.AsSpan();
            for (var i = 0; i < content.Length;)
            {
                var offset = (int)((position + i) % pattern.Length);
                var n = Math.Min(content.Length - i, pattern.Length - offset);
                Assert.True(content.Slice(i, n).SequenceEqual(pattern.AsSpan(offset, n)), $"part {parts} differs at {position + i}");
                i += n;
            }

            if (position + content.Length < total)
            {
                Assert.EndsWith("\n\n", article.Content, StringComparison.Ordinal);
            }

            position += content.Length;
            line += content.Count('\n');
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
        }

        output.WriteLine($"{parts} parts, peak managed memory above baseline {peak:N0} bytes");
        Assert.Equal(total, position);
        // Each part holds between half the limit and the limit.
        Assert.InRange(parts, total / ArticleSources.PartLimit, 2 * total / ArticleSources.PartLimit + 1);

        // Reading it whole would hold 100 MB of chars; streaming holds a few parts.
        Assert.True(peak < 16_000_000, $"peak managed memory {peak:N0} bytes");
    }
}
