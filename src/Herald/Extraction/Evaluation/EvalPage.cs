namespace Herald.Extraction.Evaluation;

/// <summary>One page of an extraction data set: its name, the HTML file, its URL if known, and the gold answers.</summary>
public sealed record EvalPage(string Name, string HtmlPath, string? Url)
{
    /// <summary>The gold main text (fundus: the body paragraphs joined by blank lines; WCXB: main_content).</summary>
    public string? Body { get; init; }

    /// <summary>Snippets the extraction must contain (trafilatura set).</summary>
    public IReadOnlyList<string> With { get; init; } = [];

    /// <summary>Snippets the extraction must not contain (trafilatura set).</summary>
    public IReadOnlyList<string> Without { get; init; } = [];

    /// <summary>The gold title, if the data set gives one.</summary>
    public string? Title { get; init; }

    /// <summary>The gold author string, if given.</summary>
    public string? Author { get; init; }

    /// <summary>The gold publication date (<c>yyyy-MM-dd</c>), if given.</summary>
    public string? Date { get; init; }
}
