using System.Collections.Frozen;

namespace Herald.Text.Tokenization;

/// <summary>Small closed word lists used by the sentence splitter, with span-based lookups.</summary>
internal static class WordLists
{
    // Capitalised words that typically open an English (news) sentence. After an abbreviation that may
    // end a sentence ("U.S.", "Inc.", "Jr."), one of these means a new sentence; any other capitalised
    // word ("U.S. President", "Inc. Chief") means the sentence goes on.
    private static readonly string[] Starters =
    [
        "The", "A", "An", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "His",
        "Her", "They", "Their", "Them", "We", "Our", "I", "My", "You", "Your", "But", "And", "Or", "So", "Yet",
        "Still", "However", "Meanwhile", "Moreover", "Also", "Then", "Now", "In", "On", "At", "For", "From",
        "By", "With", "Without", "Under", "Over", "During", "Despite", "After", "Before", "Since", "Until",
        "Although", "Though", "While", "When", "Whenever", "If", "As", "Because", "Unlike", "Like", "According",
        "What", "Who", "Whom", "Whose", "Which", "Where", "Why", "How", "Whether", "Some", "Many", "Most",
        "Much", "Several", "Few", "All", "Both", "Each", "Every", "Either", "Neither", "No", "None", "Not",
        "Nor", "One", "Other", "Others", "Another", "Such", "Only", "Even", "Just", "Instead", "Last",
        "Earlier", "Later", "Today", "Yesterday", "Tomorrow", "Asked", "Is", "Are", "Was", "Were", "Will",
        "Would", "Can", "Could", "Should", "May", "Might", "Must", "Do", "Does", "Did", "Has", "Have", "Had",
        "Let", "Please", "Officials", "Analysts", "Shares", "Sales", "Police", "Authorities",
    ];

    // Time zone abbreviations that follow "a.m." / "p.m." inside the sentence.
    private static readonly string[] TimeZones =
    [
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "HST", "GMT",
        "UTC", "BST", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "SGT", "HKT", "WIB",
        "Eastern", "Central", "Mountain", "Pacific", "Moscow", "Beijing", "London", "Tokyo", "local",
    ];

    // Verbs of saying that follow a quote and its speaker: "Why?" Trump asked.
    private static readonly string[] SpeechVerbs =
    [
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "wrote", "writes", "replied",
        "replies", "answered", "shouted", "yelled", "cried", "exclaimed", "tweeted", "posted", "insisted",
        "continued", "explained", "recalled", "quipped", "joked", "declared", "responded", "wondered",
    ];

    // Lower-case words that cannot end a sentence: a line ending in one goes on with the next line.
    private static readonly string[] Dangling =
    [
        "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
        "into", "onto", "as", "than", "vs", "per", "via", "its", "their", "his", "her", "our", "your", "my",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DanglingLookup =
        FrozenSet.ToFrozenSet(Dangling, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        FrozenSet.ToFrozenSet(Starters, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TimeZoneLookup =
        FrozenSet.ToFrozenSet(TimeZones, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup =
        FrozenSet.ToFrozenSet(SpeechVerbs, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A capitalised word that typically starts a sentence (also in capitals: "THE").</summary>
    public static bool IsSentenceStarter(ReadOnlySpan<char> word)
    {
        if (StarterLookup.Contains(word)) return true;
        if (word.Length < 2 || word.Length > 12) return false;
        Span<char> title = stackalloc char[word.Length];
        title[0] = word[0];
        for (var i = 1; i < word.Length; i++)
        {
            if (!CharClass.IsUpper(word[i])) return false;
            title[i] = char.ToLowerInvariant(word[i]);
        }
        return StarterLookup.Contains(title);
    }

    /// <summary>A lower-case article, preposition, conjunction or possessive that cannot end a sentence ("and", "of").</summary>
    public static bool IsDangling(ReadOnlySpan<char> word) => DanglingLookup.Contains(word);

    /// <summary>A time zone name or abbreviation ("EST", "GMT", "local").</summary>
    public static bool IsTimeZone(ReadOnlySpan<char> word) => TimeZoneLookup.Contains(word);

    /// <summary>A verb of saying ("said", "asked").</summary>
    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbLookup.Contains(word);
}
