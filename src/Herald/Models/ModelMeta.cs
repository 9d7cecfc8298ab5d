using System.Text.Json;
using System.Text.Json.Serialization;

namespace Herald.Models;

/// <summary>A model's <c>meta.json</c>: what it is, how it was trained, and how well it did.</summary>
public sealed class ModelMeta
{
    /// <summary>The model's name, such as <c>tagger</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The model's own version.</summary>
    public required string Version { get; init; }

    /// <summary>The binary format version.</summary>
    public int FormatVersion { get; init; }

    /// <summary>The feature-set version the weights belong to.</summary>
    public int FeatureSetVersion { get; init; }

    /// <summary>When it was trained (UTC, ISO 8601).</summary>
    public string? Created { get; init; }

    /// <summary>The command that rebuilds it.</summary>
    public string? Command { get; init; }

    /// <summary>The training files (names, not paths).</summary>
    public IReadOnlyList<string> TrainingFiles { get; init; } = [];

    /// <summary>The training settings.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Scores on development data, by file name then measure (percent).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> DevScores { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, double>>();

    /// <summary>Sizes of the parts, such as feature and lexicon counts.</summary>
    public IReadOnlyDictionary<string, long> Sizes { get; init; } = new Dictionary<string, long>();

    /// <summary>Writes the metadata as indented JSON.</summary>
    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, ModelMetaJsonContext.Default.ModelMeta) + "\n");

    /// <summary>Reads metadata written by <see cref="Save"/>.</summary>
    public static ModelMeta? Load(string path) => JsonSerializer.Deserialize(File.ReadAllText(path), ModelMetaJsonContext.Default.ModelMeta);
}

/// <summary>Source-generated JSON for <see cref="ModelMeta"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ModelMeta))]
internal sealed partial class ModelMetaJsonContext : JsonSerializerContext;
