using System.Text;

namespace Herald.Learning;

/// <summary>
/// The start of every Herald binary model file: an 8-byte magic naming the kind of model, the format
/// version (how the bytes are laid out) and the feature-set version (which features the weights belong to).
/// </summary>
/// <param name="Magic">Eight ASCII bytes, such as <c>HRLDTAG1</c>.</param>
/// <param name="FormatVersion">The layout version.</param>
/// <param name="FeatureSetVersion">The feature templates' version.</param>
public readonly record struct ModelHeader(string Magic, int FormatVersion, int FeatureSetVersion)
{
    /// <summary>Writes the header.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var magic = Encoding.ASCII.GetBytes(Magic);
        if (magic.Length != 8)
            throw new InvalidOperationException("the magic must be 8 ASCII chars");
        writer.Write(magic);
        writer.Write(FormatVersion);
        writer.Write(FeatureSetVersion);
    }

    /// <summary>
    /// Reads a header and checks it against <paramref name="expected"/>; formats from <paramref name="oldestFormat"/>
    /// (default: the expected one only) up to the expected one are accepted, for readers that still read older layouts.
    /// </summary>
    /// <exception cref="InvalidDataException">The file is another kind of model or another version.</exception>
    public static ModelHeader ReadExpecting(BinaryReader reader, ModelHeader expected, int? oldestFormat = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var magic = Encoding.ASCII.GetString(reader.ReadBytes(8));
        if (magic != expected.Magic)
            throw new InvalidDataException($"not a {expected.Magic} model file (starts with '{magic}')");
        var header = new ModelHeader(magic, reader.ReadInt32(), reader.ReadInt32());
        var oldest = oldestFormat ?? expected.FormatVersion;
        if (header.FormatVersion < oldest || header.FormatVersion > expected.FormatVersion)
        {
            var reads = oldest == expected.FormatVersion ? $"version {oldest}" : $"versions {oldest} to {expected.FormatVersion}";
            throw new InvalidDataException($"model format version {header.FormatVersion}; this Herald reads {reads}");
        }
        if (header.FeatureSetVersion != expected.FeatureSetVersion)
            throw new InvalidDataException($"feature-set version {header.FeatureSetVersion}; this Herald computes version {expected.FeatureSetVersion}");
        return header;
    }
}
