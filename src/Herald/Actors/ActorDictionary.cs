using Herald.Documents;
using Herald.Entities.Lexicons;

namespace Herald.Actors;

/// <summary>
/// The phrases <see cref="ActorStage"/> codes: actors (countries, people, institutions, each with codes bounded
/// in time) and agents (role words such as "police" that add a role to an actor next to them). Herald's own
/// dictionary is <see cref="Default"/>; PETRARCH-format dictionaries load with <see cref="LoadPetrarch"/> and
/// combine with <see cref="Merge"/>. Immutable once built; shared by all threads.
/// </summary>
public sealed class ActorDictionary
{
    /// <summary>Herald's people, under <c>data/</c>.</summary>
    public const string FiguresPath = "lexicons/political-figures.tsv";

    /// <summary>Herald's institutions, seats of government, parties and international organisations, under <c>data/</c>.</summary>
    public const string InstitutionsPath = "lexicons/actor-institutions.tsv";

    /// <summary>Herald's role words, under <c>data/</c>.</summary>
    public const string RolesPath = "lexicons/actor-roles.tsv";

    private static readonly Lazy<ActorDictionary> s_default = new(LoadDefault);

    internal ActorDictionary(PhraseTrie<ActorEntry> actors, PhraseTrie<AgentEntry> agents, IReadOnlyList<string> warnings)
    {
        Actors = actors;
        Agents = agents;
        Warnings = warnings;
    }

    /// <summary>
    /// Herald's dictionary: the countries of the demonym lexicon (names, aliases, adjectives and peoples, coded
    /// with their ISO 3166 alpha-3 code), then <see cref="InstitutionsPath"/>, <see cref="FiguresPath"/> and
    /// <see cref="RolesPath"/>. Loaded once, on first use.
    /// </summary>
    public static ActorDictionary Default => s_default.Value;

    internal PhraseTrie<ActorEntry> Actors { get; }

    internal PhraseTrie<AgentEntry> Agents { get; }

    /// <summary>The number of actor phrases.</summary>
    public int ActorCount => Actors.Count;

    /// <summary>The number of agent phrases.</summary>
    public int AgentCount => Agents.Count;

    /// <summary>Entries the loaders skipped, each naming the file and line and what is wrong.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Every actor phrase as written in its file, with its entry and whether it matches in any case, in load order.</summary>
    public IEnumerable<(string Phrase, ActorEntry Entry, bool IgnoreCase)> ActorPhrases => Actors.Entries;

    /// <summary>Every agent phrase as written in its file (plurals included), with its entry and whether it matches in any case, in load order.</summary>
    public IEnumerable<(string Phrase, AgentEntry Entry, bool IgnoreCase)> AgentPhrases => Agents.Entries;

    /// <summary>The actor entry of exactly <paramref name="phrase"/>, or null.</summary>
    public ActorEntry? FindActor(string phrase) => Actors.Get(phrase);

    /// <summary>The agent entry of exactly <paramref name="phrase"/>, or null.</summary>
    public AgentEntry? FindAgent(string phrase) => Agents.Get(phrase);

    /// <summary>This dictionary with <paramref name="other"/>'s phrases added; where both have a phrase, <paramref name="other"/>'s entry wins.</summary>
    public ActorDictionary Merge(ActorDictionary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = new ActorDictionaryBuilder();
        builder.AddAll(this, replace: false);
        builder.AddAll(other, replace: true);
        return builder.Build();
    }

    /// <summary>
    /// Loads a PETRARCH actor dictionary and, optionally, an agent dictionary (see <see cref="PetrarchReader"/>).
    /// Entries that cannot be read are skipped and listed in <see cref="Warnings"/>.
    /// </summary>
    /// <exception cref="Herald.Errors.HeraldException">A file is missing or unreadable.</exception>
    public static ActorDictionary LoadPetrarch(string actorsPath, string? agentsPath = null)
    {
        ArgumentNullException.ThrowIfNull(actorsPath);
        var builder = new ActorDictionaryBuilder();
        DictionaryFiles.Read(actorsPath, reader => PetrarchReader.ReadActors(reader, actorsPath, builder));
        if (agentsPath is not null)
            DictionaryFiles.Read(agentsPath, reader => PetrarchReader.ReadAgents(reader, agentsPath, builder));
        return builder.Build();
    }

    private static ActorDictionary LoadDefault()
    {
        var builder = new ActorDictionaryBuilder();
        foreach (var (form, entry) in DemonymLexicon.Default.Forms)
        {
            if (entry.Country is { } iso3 && entry.Kind is DemonymKind.Country or DemonymKind.Alias or DemonymKind.Adjective or DemonymKind.People)
                builder.AddActor(form, new ActorEntry(form, [new DatedCode(iso3, null, null)]));
        }
        foreach (var relative in new[] { InstitutionsPath, FiguresPath })
        {
            var path = DataLocator.Find(relative);
            DictionaryFiles.Read(path, reader => HeraldActorFiles.ReadActors(reader, path, builder));
        }
        var roles = DataLocator.Find(RolesPath);
        DictionaryFiles.Read(roles, reader => HeraldActorFiles.ReadAgents(reader, roles, builder));
        return builder.Build();
    }
}

/// <summary>Collects actor and agent phrases into an <see cref="ActorDictionary"/>.</summary>
public sealed class ActorDictionaryBuilder
{
    private readonly PhraseTrie<ActorEntry> _actors = new();
    private readonly PhraseTrie<AgentEntry> _agents = new();
    private readonly List<string> _warnings = [];

    /// <summary>
    /// Adds an actor phrase; with <paramref name="replace"/> it replaces an entry already there, else the first entry
    /// stays. With <paramref name="ignoreCase"/> every word matches in any case; otherwise only the lowercase ones do.
    /// </summary>
    public void AddActor(string phrase, ActorEntry entry, bool replace = false, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(entry);
        _actors.Add(phrase, entry, replace, ignoreCase);
    }

    /// <summary>Adds an agent phrase, as <see cref="AddActor"/> does.</summary>
    public void AddAgent(string phrase, AgentEntry entry, bool replace = false, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(entry);
        _agents.Add(phrase, entry, replace, ignoreCase);
    }

    /// <summary>Adds every phrase and warning of <paramref name="dictionary"/>.</summary>
    public void AddAll(ActorDictionary dictionary, bool replace)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        foreach (var (phrase, entry, ignoreCase) in dictionary.ActorPhrases)
            _actors.Add(phrase, entry, replace, ignoreCase);
        foreach (var (phrase, entry, ignoreCase) in dictionary.AgentPhrases)
            _agents.Add(phrase, entry, replace, ignoreCase);
        _warnings.AddRange(dictionary.Warnings);
    }

    /// <summary>Records an entry that was skipped: where (file and line) and why.</summary>
    public void Warn(string where, string message) => _warnings.Add($"{where}: {message}");

    private bool _built;

    /// <summary>The dictionary; the builder cannot be used after.</summary>
    /// <exception cref="InvalidOperationException">The builder has already built its dictionary.</exception>
    public ActorDictionary Build()
    {
        if (_built)
            throw new InvalidOperationException("an ActorDictionaryBuilder builds one dictionary");
        _built = true;
        return new(_actors, _agents, [.. _warnings]);
    }
}
