namespace Herald.Sources;

/// <summary>What kind of content a raw article holds.</summary>
public enum ContentType
{
    /// <summary>Plain text.</summary>
    Text,
    /// <summary>An HTML page.</summary>
    Html,
}
