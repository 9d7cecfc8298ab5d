namespace Herald.Extraction.Boilerplate;

/// <summary>How much a paragraph looks like boilerplate (positive) or like article prose (negative), and of what kind.</summary>
/// <param name="Value">The score: at least <see cref="BlockScorer.Strong"/> for a paragraph that is boilerplate by itself.</param>
/// <param name="Kind">The <see cref="BoilerplateKinds"/> name its evidence points to, or null when it has none.</param>
/// <param name="IsLeadIn">Whether it is a short line that introduces what follows: it ends in a colon, or names a topic of boilerplate without a full stop.</param>
/// <param name="IsListItem">Whether it is a short line without closing punctuation, like a headline in a list of links.</param>
/// <param name="IsListLead">Whether it introduces a list of other stories ("Related", "Most read").</param>
/// <param name="CanBridge">Whether its evidence is prose (topic words, a salutation) that a run may reach across weak paragraphs from.</param>
/// <param name="Words">How many words it has.</param>
internal readonly record struct BlockScore(double Value, string? Kind, bool IsLeadIn, bool IsListItem, bool IsListLead, bool CanBridge, int Words);
