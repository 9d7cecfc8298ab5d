namespace Herald.Entities.Lexicons;

/// <summary>What a form of the demonym lexicon names.</summary>
public enum DemonymKind
{
    /// <summary>The country's own (GeoNames) name: "Russia".</summary>
    Country,
    /// <summary>Another name or an abbreviation of the country: "U.S.", "Britain".</summary>
    Alias,
    /// <summary>The adjective of nationality: "Russian", "French".</summary>
    Adjective,
    /// <summary>The people, as a plural noun: "Russians", "Finns".</summary>
    People,
    /// <summary>A religious group: "Muslim", "Catholics".</summary>
    Religious,
    /// <summary>A political group: "Democrat", "Republicans".</summary>
    Political,
}

/// <summary>One form of the lexicon: the country it belongs to (ISO 3166 alpha-3, null for groups) and its kind.</summary>
/// <param name="Country">ISO 3166 alpha-3 code, or null for religious and political groups.</param>
/// <param name="Kind">What the form names.</param>
public readonly record struct DemonymEntry(string? Country, DemonymKind Kind)
{
    /// <summary>True for a name of the country itself (its own name or an alias).</summary>
    public bool NamesCountry => Kind is DemonymKind.Country or DemonymKind.Alias;
}
