using System.Net;

namespace Herald.Extraction.Metadata;

/// <summary>
/// Chooses the headline: the visible <c>h1</c> when it agrees with what the metadata calls the title (it is
/// what readers see, free of the site-name suffix), else the metadata title with the site's name cut off.
/// </summary>
internal static class TitleChooser
{
    private static readonly string[] s_separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", " \u2022 ", " \u00BB ", " / "];

    public static string? Choose(PageMetadataSources sources, JsonLdArticle jsonLd, IReadOnlyCollection<string> siteNames) =>
        BeforeBar(ChooseWhole(sources, jsonLd, siteNames));

    // "Headline | Section" -> "Headline": a vertical bar separates a headline from a site, section or tag line.
    private static string? BeforeBar(string? title)
    {
        var bar = title?.IndexOf(" | ", StringComparison.Ordinal) ?? -1;
        return bar > 0 ? title![..bar] : title;
    }

    private static string? ChooseWhole(PageMetadataSources sources, JsonLdArticle jsonLd, IReadOnlyCollection<string> siteNames)
    {
        string?[] declared = [jsonLd.Headline, MetadataReader.Meta(sources, "og:title"), MetadataReader.Meta(sources, "twitter:title"), sources.TitleTag];
        var titles = declared.OfType<string>().Select(t => TextCleaning.Collapse(WebUtility.HtmlDecode(t))).Where(t => t.Length > 0).ToList();
        foreach (var heading in sources.Headings)
        {
            if (titles.Any(title => Agrees(heading, title)))
                return heading;
        }
        var visible = sources.Headings.Select(h => WebUtility.HtmlDecode(h)).FirstOrDefault(h => h.Contains(' ', StringComparison.Ordinal) && !siteNames.Any(site => SameSite(h, site)));
        if (visible is not null || titles.Count == 0)
            return visible;
        return WithoutSiteName(titles[0], siteNames);
    }

    private static bool Agrees(string heading, string title)
    {
        var h = AuthorNames.Key(heading);
        var t = AuthorNames.Key(title);
        return h.Length > 0 && t.Length > 0 && (t.Contains(h, StringComparison.Ordinal) && h.Length * 2 >= t.Length || h.Contains(t, StringComparison.Ordinal));
    }

    private static string WithoutSiteName(string title, IReadOnlyCollection<string> siteNames)
    {
        foreach (var separator in s_separators)
        {
            var parts = title.Split(separator);
            if (parts.Length < 2)
                continue;
            var kept = parts.Where(p => !siteNames.Any(site => SameSite(p, site))).ToList();
            if (kept.Count < parts.Length && kept.Count > 0)
                return string.Join(separator, kept);
            if (parts[^1].Length * 2 < parts[0].Length)
                return string.Join(separator, parts[..^1]);
        }
        return title;
    }

    private static bool SameSite(string part, string site)
    {
        var p = AuthorNames.Key(part);
        var s = AuthorNames.Key(site);
        return p.Length > 0 && s.Length > 0 && (p == s || s.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(s, StringComparison.Ordinal));
    }
}
