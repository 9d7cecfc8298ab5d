using Herald.Errors;
using Herald.Learning;
using Herald.Models;

namespace Herald.Entities.Recognition;

/// <summary>
/// A trained named-entity recognizer: the BILOU perceptron weights and the lexicon (word clusters and place
/// names) its features read. Immutable; load it once and share it across threads.
/// </summary>
public sealed class NerModel
{
    /// <summary>The weights file inside a model folder.</summary>
    public const string FileName = "ner.bin";

    /// <summary>The header this Herald writes and reads.</summary>
    public static ModelHeader Header { get; } = new("HRLDNER1", 1, NerFeatures.Version);

    private const uint EndMark = 0x4E455245; // "ERNE"

    /// <summary>A model of <paramref name="weights"/> over <paramref name="lexicon"/>.</summary>
    public NerModel(LinearModel weights, NerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (weights.Classes != NerLabels.Count)
            throw new ArgumentException($"the weights have {weights.Classes} classes, not {NerLabels.Count}", nameof(weights));
        Weights = weights;
        Lexicon = lexicon;
    }

    /// <summary>The perceptron weights.</summary>
    public LinearModel Weights { get; }

    /// <summary>Word clusters and place names.</summary>
    public NerLexicon Lexicon { get; }

    /// <summary>Writes the model into <paramref name="directory"/> as <see cref="FileName"/>.</summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        using var stream = File.Create(Path.Combine(directory, FileName));
        using var writer = new BinaryWriter(stream);
        Header.Write(writer);
        Lexicon.Write(writer);
        Weights.Write(writer);
        writer.Write(EndMark);
    }

    /// <summary>Loads the model in <paramref name="directory"/>.</summary>
    /// <exception cref="HeraldException">The model is missing, of another version, or damaged.</exception>
    public static NerModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, path, "no NER model here; train one with 'herald train ner'"));
        try
        {
            using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
            using var reader = new BinaryReader(stream);
            ModelHeader.ReadExpecting(reader, Header);
            var lexicon = NerLexicon.Read(reader);
            var weights = LinearModel.Read(reader);
            if (weights.Classes != NerLabels.Count || reader.ReadUInt32() != EndMark)
                throw new InvalidDataException("the file does not end where a model ends");
            return new NerModel(weights, lexicon);
        }
        catch (Exception exception) when (ModelLoadErrors.IsLoadFailure(exception))
        {
            throw ModelLoadErrors.From(path, exception);
        }
    }

    /// <summary>Loads the committed model (see <see cref="ModelLocator"/>).</summary>
    public static NerModel LoadDefault() => Load(ModelLocator.Find("ner", FileName));
}
