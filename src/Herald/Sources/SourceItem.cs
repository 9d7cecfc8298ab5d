using Herald.Errors;

namespace Herald.Sources;

/// <summary>What a source yields: an article, or the error that took its place.</summary>
public readonly struct SourceItem
{
    private SourceItem(RawArticle? article, HeraldError? error)
    {
        Article = article;
        Error = error;
    }

    /// <summary>The article, when reading succeeded.</summary>
    public RawArticle? Article { get; }

    /// <summary>The error, when reading failed or the item is only a notice (a skipped file).</summary>
    public HeraldError? Error { get; }

    /// <summary>An item that carries an article.</summary>
    public static SourceItem Of(RawArticle article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    /// <summary>An item that carries an error in place of an article.</summary>
    public static SourceItem Failed(HeraldError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
