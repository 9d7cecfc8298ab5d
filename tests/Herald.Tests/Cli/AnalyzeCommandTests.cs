using System.Text;
using System.Text.Json;
using Herald.Tests.Support;

namespace Herald.Tests.Cli;

/// <summary>The <c>herald analyze</c> command end to end, in a child process.</summary>
public sealed class AnalyzeCommandTests
{
    private static readonly string s_sample = Path.Combine(SharedData.RepoRoot, "samples", "harbour-accord.txt");

    [Fact]
    public void Json_record_of_the_sample_has_schema_text_and_sentences()
    {
        var result = HeraldProcess.Run(["analyze", s_sample, "--format", "json", "--published", "2025-05-15"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("herald/1", root.GetProperty("schema").GetString());
        Assert.Equal(File.ReadAllText(s_sample), root.GetProperty("article").GetProperty("text").GetString());
        Assert.Equal("2025-05-15T00:00:00+00:00", root.GetProperty("article").GetProperty("published").GetString());
        Assert.True(root.GetProperty("sentences").GetArrayLength() >= 10);
    }

    [Fact]
    public void Gdelt_format_writes_the_61_event_table_columns()
    {
        var result = HeraldProcess.Run(["analyze", s_sample, "--format", "gdelt", "--ontology", "plover"]);
        Assert.Equal(0, result.ExitCode);
        var header = result.Stdout.Split('\n')[0].Split('\t');
        Assert.Equal(61, header.Length);
        Assert.Equal(("GlobalEventID", "EventCode", "SOURCEURL"), (header[0], header[26], header[60]));
    }

    [Fact]
    public void Boilerplate_is_left_out_of_the_text_and_kept_in_the_record_with_offsets_into_the_input()
    {
        using var dir = new TempDir();
        const string story = "Rail workers walked out on Monday over pay, halting most trains in the north.\nThe union said talks would resume on Friday.";
        const string appeal = "Journalism like this depends on readers like you. Please support us with a monthly donation.\nMaybe later";
        var input = story + "\n" + appeal;
        var path = dir.File("strike.txt", input);

        var result = HeraldProcess.Run(["analyze", path, "--format", "json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var article = json.RootElement.GetProperty("article");
        Assert.Equal(story, article.GetProperty("text").GetString());
        var removed = Assert.Single(article.GetProperty("boilerplate").EnumerateArray());
        var (start, end) = (removed.GetProperty("start").GetInt32(), removed.GetProperty("end").GetInt32());
        Assert.Equal(appeal, input[start..end]);
        Assert.Equal(appeal, removed.GetProperty("text").GetString());
        Assert.Equal("appeal", removed.GetProperty("kind").GetString());
    }

    [Fact]
    public void A_warc_gz_gives_one_record_per_page_with_url_and_the_capture_date_as_fallback()
    {
        using var dir = new TempDir();
        var path = dir.File("crawl.warc.gz", WarcFiles.GzipEach(
            WarcFiles.Response("a", "https://example.org/a", WarcFiles.Html("Harbour deal", "Norway and Iceland signed an agreement on Thursday.")),
            WarcFiles.Response("b", "https://example.org/b", WarcFiles.Html("Rail strike", "Rail workers walked out on Monday."))));

        var result = HeraldProcess.Run(["analyze", path, "--format", "jsonl"]);

        Assert.Equal(0, result.ExitCode);
        var records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["urn:uuid:a", "urn:uuid:b"], records.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("https://example.org/b", records[1].GetProperty("article").GetProperty("url").GetString());
        Assert.Equal("2024-03-05T10:00:00+00:00", records[1].GetProperty("article").GetProperty("published").GetString());
        Assert.Equal("Rail strike", records[1].GetProperty("article").GetProperty("title").GetString());
    }

    [Fact]
    public void Jsonl_html_records_are_extracted_as_pages_and_text_records_lose_their_boilerplate()
    {
        using var dir = new TempDir();
        var path = dir.File("mixed.jsonl",
            "{\"id\":\"page\",\"html\":\"<html><head><title>Dam opens</title></head><body><p>The dam opened on Friday.</p></body></html>\"}\n" +
            "{\"id\":\"text\",\"text\":\"The dam opened on Friday.\\nSign up for our weekly newsletter and get the best stories in your inbox.\"}\n");

        var result = HeraldProcess.Run(["analyze", path, "--format", "jsonl"]);

        Assert.Equal(0, result.ExitCode);
        var records = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article")).ToList();
        Assert.Equal("Dam opens", records[0].GetProperty("title").GetString());
        Assert.Equal("The dam opened on Friday.", records[0].GetProperty("text").GetString());
        Assert.Equal("The dam opened on Friday.", records[1].GetProperty("text").GetString());
        Assert.Equal("newsletter", Assert.Single(records[1].GetProperty("boilerplate").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public void Text_format_is_a_summary_for_people()
    {
        var result = HeraldProcess.Run(["analyze", s_sample]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== harbour-accord", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("sentences", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Norway and Iceland signed an agreement on Thursday", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_standard_input()
    {
        var result = HeraldProcess.Run(["analyze", "-", "--format", "jsonl"], stdin: "Putin met Trump in Helsinki. They talked.");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(2, json.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Json_of_several_articles_is_an_array()
    {
        using var dir = new TempDir();
        dir.File("a.jsonl", "{\"id\":\"one\",\"text\":\"First.\"}\n{\"id\":\"two\",\"text\":\"Second.\"}\n");
        var result = HeraldProcess.Run(["analyze", dir.PathOf("a.jsonl"), "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(["one", "two"], json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Fact]
    public void Writes_to_a_file_with_out()
    {
        using var dir = new TempDir();
        var output = dir.PathOf("out.jsonl");
        var result = HeraldProcess.Run(["analyze", s_sample, "--format", "jsonl", "--out", output]);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.Single(File.ReadAllLines(output));
    }

    [Fact]
    public void Tokens_appear_only_when_asked_for()
    {
        var without = HeraldProcess.Run(["analyze", "-", "--format", "jsonl"], stdin: "We may.");
        var with = HeraldProcess.Run(["analyze", "-", "--format", "jsonl", "--tokens"], stdin: "We may.");
        using (var plain = JsonDocument.Parse(without.Stdout))
            Assert.False(plain.RootElement.TryGetProperty("tokens", out _));
        using var json = JsonDocument.Parse(with.Stdout);
        Assert.Equal(["We", "may", "."], json.RootElement.GetProperty("tokens").EnumerateArray().Select(t => t.GetProperty("text").GetString()));
    }

    [SkippableFact]
    public void Example_article_gives_valid_json_without_its_appeal()
    {
        var path = SharedData.Require("examples/paris-summit-2018.txt");
        var result = HeraldProcess.Run(["analyze", path, "--format", "json"]);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("herald/1", json.RootElement.GetProperty("schema").GetString());
        Assert.StartsWith("U.S. President Donald Trump", json.RootElement.GetProperty("article").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("McCain said.", json.RootElement.GetProperty("article").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("appeal", Assert.Single(json.RootElement.GetProperty("article").GetProperty("boilerplate").EnumerateArray()).GetProperty("kind").GetString());
        Assert.True(json.RootElement.GetProperty("sentences").GetArrayLength() > 12);
    }

    [SkippableFact]
    public void Bbc_corpus_gives_one_line_per_article_in_input_order()
    {
        var path = SharedData.Require("corpora/bbc.jsonl.gz");
        var result = HeraldProcess.Run(["analyze", path, "--format", "jsonl"], timeoutSeconds: 300);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2225, lines.Length);
        var expectedIds = ReadIds(path);
        var actualIds = lines.Select(l => { using var j = JsonDocument.Parse(l); return j.RootElement.GetProperty("id").GetString(); });
        Assert.Equal(expectedIds, actualIds);
    }

    private static List<string?> ReadIds(string gzipPath)
    {
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(File.OpenRead(gzipPath), System.IO.Compression.CompressionMode.Decompress), Encoding.UTF8);
        var ids = new List<string?>();
        while (reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            ids.Add(json.RootElement.GetProperty("id").GetString());
        }
        return ids;
    }
}
