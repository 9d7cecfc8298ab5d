namespace Herald.Actors;

/// <summary>
/// A token span on its way to becoming an <see cref="Herald.Documents.ActorMention"/>: an actor with its code
/// (null for a phrase that names no actor), or an agent ("police") waiting to join an actor next to it.
/// </summary>
internal readonly record struct ActorSpan(int Start, int End, string? Code, AgentEntry? Agent, string Source)
{
    public bool IsAgent => Agent is not null;

    /// <summary>Whether the span can take an agent: an actor with a code that is not a person (a person's "aide" is not the person).</summary>
    public bool TakesAgents { get; init; } = true;

    public static ActorSpan ForActor(int start, int end, string? code, string source) => new(start, end, code, null, source);

    public static ActorSpan ForAgent(int start, int end, AgentEntry agent) => new(start, end, null, agent, "agent");
}
