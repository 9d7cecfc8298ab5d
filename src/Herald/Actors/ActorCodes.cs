using System.Collections.Frozen;

namespace Herald.Actors;

/// <summary>
/// CAMEO actor codes as strings of three-letter parts: a country (ISO 3166 alpha-3, or a dictionary's own
/// three-letter code) or a type such as <c>IGO</c>, then roles (<c>GOV</c>, <c>MIL</c>, ...). <c>---</c> stands
/// for an unknown country ("---GOV": an official of no stated country). A phrase that names several actors at once
/// ("the Shire" in a dictionary entry <c>[FRO/BIL/SAM]</c>) has their codes joined by '/': a joint code.
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

    /// <summary>The separator of the members of a joint code.</summary>
    public const char JointSeparator = '/';

    /// <summary>The actors a code names: the members of a joint code (<c>FRO/BIL/SAM</c>), else the code alone.</summary>
    public static string[] Members(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Split(JointSeparator);
    }

    /// <summary>A joint code of <paramref name="members"/>, each once, in order; a single member is its own code.</summary>
    public static string Joint(IEnumerable<string> members) => string.Join(JointSeparator, members.Distinct());

    /// <summary>
    /// The country a code opens with (its first three letters), or null for codes that open with a type or role;
    /// of a joint code, the country all its members share, else null.
    /// </summary>
    public static string? CountryOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Shared(code, member => member.Length >= 3 && !s_nonCountries.Contains(member[..3]) ? member[..3] : null);
    }

    /// <summary>
    /// What follows the country (<c>GOV</c> of <c>USAGOV</c>), or the whole code when it has no country; null when
    /// nothing is left; of a joint code, the role all its members share, else null.
    /// </summary>
    public static string? RoleOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return Shared(code, member =>
        {
            var rest = CountryOf(member) is null ? member.TrimStart('-') : member[3..];
            return rest.Length > 0 ? rest : null;
        });
    }

    private static string? Shared(string code, Func<string, string?> part)
    {
        if (!code.Contains(JointSeparator, StringComparison.Ordinal))
            return part(code);
        var parts = Members(code).Select(part).Distinct().ToList();
        return parts.Count == 1 ? parts[0] : null;
    }

    /// <summary>
    /// An actor's code with an agent's: a suffix agent goes after the actor ("RUS" + "GOV"), a prefix agent
    /// before it ("NGO" + "ARN"). Where the actor already ends with the agent's first parts, they are not repeated
    /// ("RUSGOV" + "GOV" is "RUSGOV", "USAGOV" + "GOVMED" is "USAGOVMED"). Each member of a joint actor takes the agent.
    /// </summary>
    public static string Combine(string actor, string agent, bool agentIsPrefix)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(agent);
        if (actor.Contains(JointSeparator, StringComparison.Ordinal))
            return Joint(Members(actor).Select(member => Combine(member, agent, agentIsPrefix)));
        if (agentIsPrefix)
            return actor.StartsWith(agent, StringComparison.Ordinal) ? actor : agent + actor;
        for (var shared = Math.Min(agent.Length, actor.Length - 3) / 3 * 3; shared > 0; shared -= 3)
        {
            if (actor.AsSpan(actor.Length - shared).SequenceEqual(agent.AsSpan(0, shared)))
                return actor + agent[shared..];
        }
        return actor + agent;
    }
}
