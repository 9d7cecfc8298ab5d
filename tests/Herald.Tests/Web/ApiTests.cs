using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Herald.Web;

namespace Herald.Tests.Web;

/// <summary>The HTTP API over a small archive: every endpoint, paging, problem details, and the security rules.</summary>
public sealed class ApiTests(WebArchive web) : IClassFixture<WebArchive>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> Get(string path)
    {
        using var response = await web.Client.GetAsync(web.BaseUrl + path);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/articles?q=agreement&from=2024-03-01&to=2024-03-31&source=gazette")]
    [InlineData("/api/events")]
    [InlineData("/api/quotes")]
    [InlineData("/api/entities")]
    [InlineData("/api/network")]
    [InlineData("/api/sources")]
    public async Task Every_list_endpoint_answers_with_a_page(string path)
    {
        var (status, body) = await Get(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("items").GetArrayLength() > 0, path);
        Assert.Equal(0, body.GetProperty("offset").GetInt32());
    }

    [Theory]
    [InlineData("/api/stats/timeline")]
    [InlineData("/api/stats/timeline?by=quad")]
    [InlineData("/api/stats/places")]
    [InlineData("/api/stats")]
    public async Task Every_summary_endpoint_answers_with_rows(string path)
    {
        var (status, body) = await Get(path);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetArrayLength() > 0, path);
    }

    [Fact]
    public async Task An_article_comes_with_all_its_layers_and_an_entity_with_its_days()
    {
        var (status, record) = await Get($"/api/articles/{WebArchive.PayloadKey}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("herald/1", record.GetProperty("schema").GetString());
        foreach (var layer in new[] { "sentences", "mentions", "entities", "times", "quotes", "events", "tone" })
            Assert.True(record.TryGetProperty(layer, out _), layer);
        var name = (await Get("/api/entities")).Body.GetProperty("items")[0].GetProperty("name").GetString()!;
        var (found, profile) = await Get($"/api/entities/{Uri.EscapeDataString(name)}");
        Assert.Equal(HttpStatusCode.OK, found);
        Assert.True(profile.GetProperty("days").GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.NotFound, (await Get("/api/articles/no-such-article")).Status);
    }

    [Fact]
    public async Task Pages_follow_one_stable_order()
    {
        var all = (await Get("/api/entities?limit=500")).Body.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        var paged = new List<string?>();
        for (int? offset = 0; offset is not null;)
        {
            var page = (await Get($"/api/entities?limit=3&offset={offset}")).Body;
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()));
            offset = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetInt32();
        }
        Assert.Equal(all, paged);
    }

    [Theory]
    [InlineData("/api/articles?from=yesterday")]
    [InlineData("/api/articles?limit=0")]
    [InlineData("/api/articles?q=-")]
    [InlineData("/api/stats/timeline?by=week")]
    [InlineData("/api/events?offset=-1")]
    public async Task A_bad_parameter_is_a_400_problem(string path)
    {
        using var response = await web.Client.GetAsync(web.BaseUrl + path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("q", "'; DROP TABLE articles; --")]
    [InlineData("source", "x' OR '1'='1")]
    [InlineData("entity", "\" OR 1=1 --")]
    [InlineData("code", "%' UNION SELECT record FROM articles --")]
    public async Task Sql_like_text_in_a_parameter_is_only_text(string parameter, string value)
    {
        var (status, body) = await Get($"/api/articles?{parameter}={Uri.EscapeDataString(value)}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("items").GetArrayLength());
        var (_, events) = await Get($"/api/events?actor={Uri.EscapeDataString(value)}&place={Uri.EscapeDataString(value)}");
        Assert.Equal(0, events.GetProperty("items").GetArrayLength());
        Assert.Equal(4, (await Get("/api/articles")).Body.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Analysis_refuses_a_request_without_the_key()
    {
        using var none = await web.Client.PostAsync(web.BaseUrl + "/api/analyze", new StringContent("Berlin is busy.", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        using var wrong = new HttpRequestMessage(HttpMethod.Post, web.BaseUrl + "/api/analyze") { Content = new StringContent("Berlin is busy.") };
        wrong.Headers.Add("X-Api-Key", WebArchive.Key + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Client.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task Analysis_is_off_when_the_operator_set_no_key()
    {
        await using var app = await WebArchive.Start(new ServerOptions { Db = web.Db, Urls = "http://127.0.0.1:0" });
        using var request = new HttpRequestMessage(HttpMethod.Post, app.Urls.Single() + "/api/analyze") { Content = new StringContent("Berlin is busy.") };
        request.Headers.Add("X-Api-Key", "anything");
        Assert.Equal(HttpStatusCode.Forbidden, (await web.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_with_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, web.BaseUrl + "/api/analyze")
        {
            Content = new StringContent(new string('a', (int)WebArchive.BodyLimit + 1), Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Api-Key", WebArchive.Key);
        using var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Analysis_with_the_key_returns_the_record()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, web.BaseUrl + "/api/analyze")
        {
            Content = new StringContent("Chancellor Olaf Brandt visited Warsaw on Tuesday.", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("X-Api-Key", WebArchive.Key);
        using var response = await web.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("herald/1", record.GetProperty("schema").GetString());
        Assert.Contains(record.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("text").GetString() == "Warsaw");
    }

    [Fact]
    public async Task Cached_answers_give_way_when_an_ingest_adds_articles()
    {
        using var copy = new Support.TempDir();
        var db = copy.PathOf("copy.db");
        File.Copy(web.Db, db);
        await using var app = await WebArchive.Start(new ServerOptions { Db = db, Urls = "http://127.0.0.1:0" });
        var url = app.Urls.Single() + "/api/articles?limit=100";
        Assert.Equal(4, (await web.Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").GetArrayLength());
        using (var writer = Storage.Archives.Open(db))
            writer.Store([Archive.SampleRecords.Stored(100, Archive.SampleRecords.Record("added", "Added later", "An article stored while the server runs."))]);
        var deadline = DateTime.UtcNow + ArchiveWatcher.Interval * 5;
        int count;
        do
        {
            await Task.Delay(200);
            count = (await web.Client.GetFromJsonAsync<JsonElement>(url)).GetProperty("items").GetArrayLength();
        }
        while (count == 4 && DateTime.UtcNow < deadline);
        Assert.Equal(5, count);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_endpoints_and_pages_carry_security_headers()
    {
        var (status, document) = await Get("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/articles", "/api/articles/{id}", "/api/events", "/api/quotes", "/api/entities", "/api/entities/{name}", "/api/stats/timeline", "/api/network", "/api/analyze" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        using var page = await web.Client.GetAsync(web.BaseUrl + "/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }
}
