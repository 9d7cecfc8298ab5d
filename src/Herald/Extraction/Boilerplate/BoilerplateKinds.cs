namespace Herald.Extraction.Boilerplate;

/// <summary>The kinds of boilerplate the plain-text remover reports, as they appear in the record.</summary>
public static class BoilerplateKinds
{
    /// <summary>A publisher's appeal: donations, memberships, support for its journalism.</summary>
    public const string Appeal = "appeal";

    /// <summary>A newsletter or e-mail sign-up.</summary>
    public const string Newsletter = "newsletter";

    /// <summary>A cookie or privacy consent notice.</summary>
    public const string Cookies = "cookies";

    /// <summary>"Read more", "Related" and "Most read" lists and links.</summary>
    public const string Related = "related";

    /// <summary>Prompts to share the article or follow the publisher.</summary>
    public const string Share = "share";

    /// <summary>Photo and image credits.</summary>
    public const string Credit = "credit";

    /// <summary>A short button or control label ("Remind me later", "Close").</summary>
    public const string Button = "button";

    /// <summary>An advertisement marker.</summary>
    public const string Advertisement = "advertisement";
}
