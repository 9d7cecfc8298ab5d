using System.Collections.Frozen;

namespace Herald.Actors;

/// <summary>
/// CAMEO actor codes as strings of three-letter parts: a country (ISO 3166 alpha-3, or a dictionary's own
/// three-letter code) or a type such as <c>IGO</c>, then roles (<c>GOV</c>, <c>MIL</c>, ...). <c>---</c> stands
/// for an unknown country ("---GOV": an official of no stated country).
/// </summary>
public static class ActorCodes
{
    /// <summary>The country part of a code whose country is not known.</summary>
    public const string UnknownCountry = "---";

    /// <summary>The role of a former office holder: an elite.</summary>
    public const string Elite = "ELI";

    // Parts that open a code but are not a country: organisation types and roles.
    private static readonly FrozenSet<string> s_nonCountries = new[]
    {
        "IGO", "NGO", "NGM", "IMG", "MNC", "UAF", "UIS", "---",
        "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "ELI", "BUS", "MED", "EDU", "CVL", "CRM",
        "LAB", "REF", "HLH", "HRI", "AGR", "DEV", "ENV", "REL", "INS", "SEP", "MOD", "RAD",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The country a code opens with (its first three letters), or null for codes that open with a type or role.</summary>
    public static string? CountryOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 3 && !s_nonCountries.Contains(code[..3]) ? code[..3] : null;
    }

    /// <summary>What follows the country (<c>GOV</c> of <c>USAGOV</c>), or the whole code when it has no country; null when nothing is left.</summary>
    public static string? RoleOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var rest = CountryOf(code) is null ? code.TrimStart('-') : code[3..];
        return rest.Length > 0 ? rest : null;
    }

    /// <summary>
    /// An actor's code with an agent's: a suffix agent goes after the actor ("RUS" + "GOV"), a prefix agent
    /// before it ("NGO" + "ARN"). Where the actor already ends with the agent's first parts, they are not repeated
    /// ("RUSGOV" + "GOV" is "RUSGOV", "USAGOV" + "GOVMED" is "USAGOVMED").
    /// </summary>
    public static string Combine(string actor, string agent, bool agentIsPrefix)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(agent);
        if (agentIsPrefix)
            return actor.StartsWith(agent, StringComparison.Ordinal) ? actor : agent + actor;
        for (var shared = Math.Min(agent.Length, actor.Length - 3) / 3 * 3; shared > 0; shared -= 3)
        {
            if (actor.AsSpan(actor.Length - shared).SequenceEqual(agent.AsSpan(0, shared)))
                return actor + agent[shared..];
        }
        return actor + agent;
    }

    /// <summary>The code with its roles replaced by <paramref name="role"/>: "ARN" + former officials gives "ARNELI".</summary>
    public static string WithRole(string code, string role)
    {
        ArgumentNullException.ThrowIfNull(code);
        var country = CountryOf(code) ?? (code.StartsWith(UnknownCountry, StringComparison.Ordinal) ? UnknownCountry : null);
        return country is not null ? country + role : code + role;
    }
}
