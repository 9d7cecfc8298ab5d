using System.Net.Http.Json;
using System.Text.Json;
using Herald.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Herald.Tests.Web;

/// <summary>
/// The page in headless Chromium (Debian's chromium package, driven by Playwright): search, an article with its
/// marks, the timeline, the network and the map, and payloads that must stay text. Screenshots go to
/// artifacts/screenshots. Without /usr/bin/chromium each test skips and says so.
/// </summary>
public sealed class BrowserTests(WebArchive web, ITestOutputHelper output) : IClassFixture<WebArchive>
{
    private const string Chromium = "/usr/bin/chromium";

    private static readonly string s_screenshots = Path.Combine(SharedData.RepoRoot, "artifacts", "screenshots");

    private async Task Browse(Func<IPage, Task> steps)
    {
        Skip.IfNot(File.Exists(Chromium), $"browser tests skipped: no {Chromium} (apt-get install chromium)");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Dialog += (_, dialog) =>
        {
            problems.Add($"dialog: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
        await steps(page);
        Assert.Empty(problems);
    }

    private async Task Open(IPage page, string route)
    {
        await page.GotoAsync($"{web.BaseUrl}/#/{route}");
        await page.WaitForSelectorAsync("#view[data-state=ready]");
    }

    private async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(s_screenshots);
        var path = Path.Combine(s_screenshots, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"screenshot: {path}");
    }

    [SkippableFact]
    public Task Searching_an_entity_and_opening_an_article_shows_its_marks() => Browse(async page =>
    {
        var entities = await web.Client.GetFromJsonAsync<JsonElement>($"{web.BaseUrl}/api/entities");
        var entity = entities.GetProperty("items")[0].GetProperty("name").GetString()!;
        await Open(page, "search");
        await Screenshot(page, "search-empty");
        await page.FillAsync("input[name=entity]", entity);
        await page.ClickAsync("form.facets button[type=submit]");
        await page.WaitForSelectorAsync("#results li");
        Assert.True(await page.Locator("#results li").CountAsync() > 0);
        await Screenshot(page, "search-entity");

        await page.Locator("#results li a").First.ClickAsync();
        await page.WaitForSelectorAsync("#article-text");
        await page.WaitForSelectorAsync("#view[data-state=ready]");
        var id = Uri.UnescapeDataString(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
        var record = await web.Client.GetFromJsonAsync<JsonElement>($"{web.BaseUrl}/api/articles/{id}");
        Assert.Contains(entity, await page.Locator("#article-text mark.m-entity").AllTextContentsAsync());
        foreach (var (layer, mark) in new[] { ("times", "m-time"), ("quotes", "m-quote"), ("events", "m-event") })
        {
            if (record.GetProperty(layer).GetArrayLength() > 0)
                Assert.True(await page.Locator($"#article-text mark.{mark}").CountAsync() > 0, layer);
        }
        Assert.Contains($"Places ({record.GetProperty("places").GetArrayLength()})", await page.Locator("aside h2").AllTextContentsAsync());
        await Screenshot(page, "article");
    });

    [SkippableFact]
    public Task An_event_links_to_its_evidence_sentence() => Browse(async page =>
    {
        var events = await web.Client.GetFromJsonAsync<JsonElement>($"{web.BaseUrl}/api/articles?code=0");
        Assert.True(events.GetProperty("items").GetArrayLength() > 0, "no article with an event in the test archive");
        var id = events.GetProperty("items")[0].GetProperty("id").GetInt64();
        var record = await web.Client.GetFromJsonAsync<JsonElement>($"{web.BaseUrl}/api/articles/{id}");
        var first = record.GetProperty("events")[0];
        var evidence = record.GetProperty("article").GetProperty("text").GetString()![first.GetProperty("evidenceStart").GetInt32()..first.GetProperty("evidenceEnd").GetInt32()];
        await Open(page, $"article/{id}");
        await page.Locator("button.event-link").First.ClickAsync();
        var highlighted = string.Concat(await page.Locator("mark.highlight").AllTextContentsAsync());
        Assert.Equal(evidence, highlighted);
        await Screenshot(page, "article-event-evidence");
    });

    [SkippableFact]
    public Task Script_and_onerror_payloads_render_as_inert_text() => Browse(async page =>
    {
        await Open(page, $"article/{WebArchive.PayloadKey}");
        var text = await page.Locator("#article-text").TextContentAsync();
        Assert.Contains("<script>window.__xss='script';alert('xss')</script>", text, StringComparison.Ordinal);
        Assert.Contains("onerror=", text, StringComparison.Ordinal);
        Assert.Contains("<script>", await page.Locator("h1").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#view script, #view img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        await Open(page, "search?q=comment");
        Assert.Equal(0, await page.Locator("#view script, #view img").CountAsync());
        Assert.Equal("undefined", await page.EvaluateAsync<string>("typeof window.__xss"));
        await Screenshot(page, "payload-article-search");
    });

    [SkippableFact]
    public Task The_timeline_the_network_the_map_and_an_entity_render() => Browse(async page =>
    {
        foreach (var (route, container) in new[] { ("timeline", "#timeline"), ("timeline?by=quad", "#timeline"), ("network", "#network") })
        {
            await Open(page, route);
            // Drawn when some pixel of the container's canvases is not transparent.
            await page.WaitForFunctionAsync($$"""
                () => [...document.querySelectorAll('{{container}} canvas')].some(c => {
                    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
                    return false;
                })
                """, null, new PageWaitForFunctionOptions { Timeout = 15_000 });
            await Screenshot(page, route.Replace('?', '-').Replace('=', '-'));
        }
        await Open(page, "map");
        Assert.True(await page.Locator("svg#map path.country").CountAsync() > 100);
        Assert.True(await page.Locator("svg#map circle").CountAsync() > 0);
        await Screenshot(page, "map");
        var entity = (await web.Client.GetFromJsonAsync<JsonElement>($"{web.BaseUrl}/api/entities")).GetProperty("items")[0].GetProperty("name").GetString()!;
        await Open(page, $"entity/{Uri.EscapeDataString(entity)}");
        Assert.Equal(entity, await page.Locator("h1").TextContentAsync());
        Assert.True(await page.Locator("#entity-chart canvas").CountAsync() > 0);
        await Screenshot(page, "entity");
    });
}
