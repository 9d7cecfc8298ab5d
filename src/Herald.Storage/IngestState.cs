using Herald.Storage.Duplicates;

namespace Herald.Storage;

/// <summary>What an archive already holds, as an ingest needs it.</summary>
/// <param name="Hashes">The content hashes of stored articles.</param>
/// <param name="Fingerprints">The near-duplicate index over stored articles.</param>
/// <param name="NextId">The id the next stored article gets.</param>
public sealed record IngestState(HashSet<string> Hashes, DuplicateIndex Fingerprints, long NextId);
