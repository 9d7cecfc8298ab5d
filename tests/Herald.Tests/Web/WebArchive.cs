using System.Text.Json;
using Herald.Tests.Support;
using Herald.Web;
using Microsoft.AspNetCore.Builder;

namespace Herald.Tests.Web;

/// <summary>
/// A small archive made by <c>herald ingest</c> with the full pipeline (four articles of our own, one carrying
/// script and onerror payloads), served in-process on a free loopback port with an API key and a small body limit.
/// </summary>
public sealed class WebArchive : IAsyncLifetime
{
    public const string Key = "test-key-7f3a";
    public const long BodyLimit = 64 * 1024;

    private readonly TempDir _dir = new();
    private WebApplication? _app;

    /// <summary>The archive file, for servers a test starts itself.</summary>
    public string Db => _dir.PathOf("web.db");

    /// <summary>The server's address, ending without a slash.</summary>
    public string BaseUrl { get; private set; } = "";

    public HttpClient Client { get; } = new();

    /// <summary>The id of the article with the payloads.</summary>
    public const string PayloadKey = "payload";

    public async Task InitializeAsync()
    {
        var input = _dir.File("articles.jsonl", string.Join('\n', Articles().Select(a => JsonSerializer.Serialize(a))) + "\n");
        var ingest = HeraldProcess.Run(["ingest", input, "--db", Db], timeoutSeconds: 600);
        Assert.True(ingest.ExitCode == 0, ingest.Stderr);
        _app = await Start(new ServerOptions { Db = Db, Urls = "http://127.0.0.1:0", ApiKey = Key, MaxBodyBytes = BodyLimit });
        BaseUrl = _app.Urls.Single().TrimEnd('/');
    }

    /// <summary>Starts a server on a free loopback port.</summary>
    public static async Task<WebApplication> Start(ServerOptions options)
    {
        var app = HeraldServer.Create(options);
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
            await _app.DisposeAsync();
        _dir.Dispose();
    }

    private static IEnumerable<Dictionary<string, string>> Articles() =>
    [
        Article("trade", "Harbour Gazette", "2024-03-04", "Germany and France sign a trade agreement in Berlin",
            "Germany and France signed a trade agreement in Berlin on Monday. \"This deal protects our farmers,\" said Chancellor Olaf Brandt after the meeting. "
            + "The French delegation, led by minister Claire Duval, praised the talks. Both governments will meet again in Paris in June."),
        Article("protest", "Evening Courier", "2024-03-06", "Police arrest protesters in Paris",
            "Police arrested twelve protesters in Paris on Wednesday after clashes near the parliament. Interior minister Claire Duval said the government "
            + "would not tolerate violence. Germany condemned the attack on French police officers."),
        Article("airspace", "Evening Courier", "2024-03-07", "Japan accuses China over airspace",
            "Japan accused China of violating its airspace near Okinawa on Thursday. \"We demand an explanation,\" Foreign Minister Kenji Sato told reporters in Tokyo. "
            + "China rejected the accusation on Friday."),
        Article(PayloadKey, "Harbour Gazette", "2024-03-08", "Council meeting <script>window.__xss='title'</script>",
            "Mayor Anna Berg met residents in Oslo on Friday. A comment under the story read <script>window.__xss='script';alert('xss')</script> and another "
            + "<img src=x onerror=\"window.__xss='onerror';alert(2)\">. The mayor said the council would review the complaint next week."),
    ];

    private static Dictionary<string, string> Article(string id, string source, string published, string title, string text) =>
        new() { ["id"] = id, ["source"] = source, ["published"] = published, ["title"] = title, ["text"] = text };
}
