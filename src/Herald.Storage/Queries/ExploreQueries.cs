namespace Herald.Storage.Queries;

/// <summary>What a timeline groups events by on each day.</summary>
public enum TimelineGroup
{
    /// <summary>The CAMEO root code, the first two digits (01 to 20).</summary>
    Root,

    /// <summary>The quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    QuadClass,
}

/// <summary>Events per day, grouped by root code or quad class.</summary>
/// <param name="By">The grouping.</param>
/// <param name="From">Earliest event day, inclusive.</param>
/// <param name="To">Latest event day, inclusive.</param>
public sealed record TimelineQuery(TimelineGroup By = TimelineGroup.Root, string? From = null, string? To = null);

/// <summary>Actor-to-actor edges: who acts on whom, how often, how cooperatively.</summary>
/// <param name="Actor">Either actor contains this, case-insensitively.</param>
/// <param name="Root">Only events of this CAMEO root code.</param>
/// <param name="From">Earliest event day, inclusive.</param>
/// <param name="To">Latest event day, inclusive.</param>
/// <param name="Limit">The most edges to return, the busiest first.</param>
/// <param name="Offset">How many edges of the stable order to skip (paging).</param>
public sealed record NetworkQuery(string? Actor = null, string? Root = null, string? From = null, string? To = null, int Limit = 100, int Offset = 0);

/// <summary>Where events happen: resolved places with their coordinates and event counts.</summary>
/// <param name="Root">Only events of this CAMEO root code.</param>
/// <param name="From">Earliest event day, inclusive.</param>
/// <param name="To">Latest event day, inclusive.</param>
/// <param name="Limit">The most places to return, the busiest first.</param>
public sealed record PlaceQuery(string? Root = null, string? From = null, string? To = null, int Limit = 500);
