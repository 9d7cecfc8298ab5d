namespace Herald.Actors;

/// <summary>A code that holds from <paramref name="From"/> to <paramref name="To"/>, both inclusive; a null bound leaves that end open.</summary>
/// <param name="Code">The CAMEO code, or null for a phrase that names no actor (PETRARCH's <c>---</c>).</param>
/// <param name="From">The first day the code holds, or null.</param>
/// <param name="To">The last day the code holds, or null.</param>
public sealed record DatedCode(string? Code, DateOnly? From, DateOnly? To)
{
    /// <summary>Whether the code has no date bounds: the default of its entry.</summary>
    public bool IsDefault => From is null && To is null;

    /// <summary>Whether the code holds on <paramref name="date"/>.</summary>
    public bool Holds(DateOnly date) => (From is not { } from || date >= from) && (To is not { } to || date <= to);
}

/// <summary>
/// What a dictionary phrase names: its codes in order. On a date, the first bounded code that holds wins, else the
/// first unbounded one; with neither the phrase has no code that day.
/// </summary>
/// <param name="Name">The entry's main phrase (a person's full name, a country's name).</param>
/// <param name="Codes">The codes, in the dictionary's order.</param>
public sealed record ActorEntry(string Name, IReadOnlyList<DatedCode> Codes)
{
    /// <summary>Whether the entry says the phrase names no actor on <paramref name="date"/> (a null code holds), as opposed to not knowing.</summary>
    public bool IsNullOn(DateOnly date) => Find(date) is { Code: null };

    /// <summary>The code on <paramref name="date"/>, or null.</summary>
    public string? CodeOn(DateOnly date) => Find(date)?.Code;

    /// <summary>The country of any of the entry's codes, whatever the date: where a person belongs when no role holds.</summary>
    public string? AnyCountry => Codes.Select(c => c.Code is null ? null : ActorCodes.CountryOf(c.Code)).FirstOrDefault(c => c is not null);

    private DatedCode? Find(DateOnly date)
    {
        foreach (var code in Codes)
        {
            if (!code.IsDefault && code.Holds(date))
                return code;
        }
        return Codes.FirstOrDefault(c => c.IsDefault);
    }
}

/// <summary>A role word or phrase ("police", "foreign minister") and the code it adds to an actor next to it.</summary>
/// <param name="Code">The code, such as <c>GOV</c> or <c>NGO</c>.</param>
/// <param name="IsPrefix">True when the code goes before the actor's (PETRARCH's <c>NGO~</c>), false when after (<c>~GOV</c>).</param>
public sealed record AgentEntry(string Code, bool IsPrefix);
