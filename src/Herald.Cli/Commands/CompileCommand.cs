using System.CommandLine;
using System.Text;
using Herald.Entities.Lexicons;
using Herald.Errors;
using Herald.Events;
using Herald.Geo;
using Herald.Tone;

namespace Herald.Cli.Commands;

/// <summary><c>herald compile</c>: build Herald's lexicons from open data and its own source lists.</summary>
internal static class CompileCommand
{
    public static Command Create() => new("compile", "Compile lexicons from open data sets and Herald's own source lists.")
    {
        Demonyms(),
        Gazetteer(),
        Tone(),
        Cameo(),
    };

    private static Command Demonyms()
    {
        var geonames = new Option<string>("--geonames")
        {
            Description = "The GeoNames folder holding countryInfo.txt.",
            Required = true,
        };
        var source = new Option<string?>("--source")
        {
            Description = $"Herald's demonym source list (default: data/{DemonymCompiler.SourceRelativePath} of the repository).",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The compiled TSV to write.",
            DefaultValueFactory = _ => Path.Combine("data", "lexicons", "demonyms.tsv"),
        };
        var command = new Command("demonyms", "Compile country names, aliases, demonyms and group names into data/lexicons/demonyms.tsv.")
        {
            geonames, source, output,
        };
        command.SetAction((parse, _) =>
        {
            var countryInfo = Path.Combine(parse.GetRequiredValue(geonames), "countryInfo.txt");
            var sourcePath = parse.GetValue(source) ?? DataLocator.Find(DemonymCompiler.SourceRelativePath);
            if (!File.Exists(sourcePath))
                throw new HeraldException(new HeraldError(ErrorCatalog.NotFound, sourcePath));
            WriteLines(parse.GetRequiredValue(output), DemonymCompiler.Compile(countryInfo, sourcePath), "forms");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Gazetteer()
    {
        var geonames = new Option<string>("--geonames")
        {
            Description = "The GeoNames folder holding cities15000.txt.gz, cities1000.tsv.gz, countryInfo.txt and admin1CodesASCII.txt.",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The compiled gazetteer to write.",
            DefaultValueFactory = _ => Path.Combine("data", "gazetteer", "gazetteer.bin"),
        };
        var command = new Command("gazetteer", "Compile places, their names, coordinates and populations into data/gazetteer/gazetteer.bin.")
        {
            geonames, output,
        };
        command.SetAction((parse, _) =>
        {
            var gazetteer = GazetteerCompiler.Compile(parse.GetRequiredValue(geonames), DemonymLexicon.Default, Path.GetDirectoryName(DataLocator.Find(GazetteerCompiler.CentresRelativePath)));
            var path = parse.GetRequiredValue(output);
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
                Directory.CreateDirectory(folder);
            using (var stream = File.Create(path))
                gazetteer.Write(stream);
            Console.Out.WriteLine($"herald: wrote {gazetteer.Entries.Count} places and {gazetteer.NameCount} names to {path} ({new FileInfo(path).Length / 1e6:F1} MB)");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Tone()
    {
        var vader = new Option<string>("--vader")
        {
            Description = $"The VADER folder holding {ToneLexiconCompiler.VaderFileName}, or that file.",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The compiled TSV to write.",
            DefaultValueFactory = _ => Path.Combine("data", "lexicons", "tone.tsv"),
        };
        var command = new Command("tone", "Compile the VADER sentiment lexicon into data/lexicons/tone.tsv (Herald's news vocabulary, data/lexicons/tone-news.tsv, is merged at load).")
        {
            vader, output,
        };
        command.SetAction((parse, _) =>
        {
            WriteLines(parse.GetRequiredValue(output), ToneLexiconCompiler.Compile(parse.GetRequiredValue(vader)), "words");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static Command Cameo()
    {
        var codes = new Option<string>("--codes")
        {
            Description = "The CAMEO code list as CSV with code, name and goldstein columns (such as cameo-codes.csv).",
            Required = true,
        };
        var plover = new Option<string>("--plover")
        {
            Description = "The CAMEO2PLOVER table (CAMEO2PLOVER-2021.txt).",
            Required = true,
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write cameo.tsv and cameo-plover.tsv to.",
            DefaultValueFactory = _ => Path.Combine("data", "lexicons"),
        };
        var command = new Command("cameo", "Compile the CAMEO code table (codes, labels, Goldstein scores) and the CAMEO to PLOVER mapping into data/lexicons/.")
        {
            codes, plover, output,
        };
        command.SetAction((parse, _) =>
        {
            var folder = parse.GetRequiredValue(output);
            WriteLines(Path.Combine(folder, "cameo.tsv"), CameoTableCompiler.Compile(parse.GetRequiredValue(codes)), "CAMEO codes");
            WriteLines(Path.Combine(folder, "cameo-plover.tsv"), PloverMapping.Compile(parse.GetRequiredValue(plover)), "PLOVER mappings");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    // Writes a compiled lexicon (LF line ends, UTF-8 without BOM) and says how many entries it holds, '#' lines not counted.
    private static void WriteLines(string path, IReadOnlyList<string> lines, string entries)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder)
            Directory.CreateDirectory(folder);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        Console.Out.WriteLine($"herald: wrote {lines.Count(l => !l.StartsWith('#'))} {entries} to {path}");
    }
}
