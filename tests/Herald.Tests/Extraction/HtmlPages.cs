namespace Herald.Tests.Extraction;

/// <summary>Small web pages written for the extraction tests: a body between typical page furniture.</summary>
internal static class HtmlPages
{
    /// <summary>A page with a menu, share bar, related links, comments and footer around <paramref name="article"/>.</summary>
    public static string Around(string article, string head = "", string lang = "en") => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}"><head><meta charset="utf-8">{{head}}</head>
        <body>
          <header class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
          <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li><li><a href="/c">Science</a></li></ul></nav>
          <main>
            <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
            <article class="story">{{article}}</article>
            <aside class="related"><h3>Related stories</h3>
              <ul><li><a href="/r1">Another story about something else entirely that you may like to read</a></li>
                  <li><a href="/r2">A second story the editors think you will enjoy reading today</a></li></ul></aside>
            <section class="comments"><h3>Comments</h3>
              <p>First! This is a reader comment that goes on for a while and is not part of the article at all.</p></section>
          </main>
          <footer><p>Copyright 2024 Example Media. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    public const string EnglishStory = """
        <h1>Harbour accord signed after long talks</h1>
        <p>Norway and Iceland signed an agreement on Thursday that ends a dispute over fishing rights in the northern harbour.</p>
        <p>The accord, reached after eleven rounds of talks, sets quotas for the next five years and creates a joint patrol.</p>
        <h2>What changes</h2>
        <p>Fishing boats from both countries will be able to land their catch in either port without paying extra duties.</p>
        """;
}
