using Herald.Entities.Lexicons;
using Herald.Geo;
using Herald.Tests.Support;

namespace Herald.Tests.Geo;

/// <summary>A made-up GeoNames folder of a few places in the four source formats, compiled for tests.</summary>
internal static class TinyGeoNames
{
    public static GeoGazetteer Compile(TempDir dir, string? sourceFolder = null)
    {
        var folder = Directory.CreateDirectory(dir.PathOf("geonames")).FullName;
        dir.GzipFile("geonames/cities15000.txt.gz", string.Join('\n',
            City(101, "Norhaven", "Norhavn,Nörhaven,NHV,Норхавен", 10.0, 20.0, "PPLC", "AA", "01", 900000),
            City(102, "Eastmoor", "", 11.0, 21.0, "PPL", "AA", "02", 50000),
            City(201, "Norhaven", "", 40.0, -90.0, "PPL", "BB", "TX", 20000),
            City(202, "Lakeford", "", 41.0, -91.0, "PPLC", "BB", "TX", 700000)) + "\n");
        dir.GzipFile("geonames/cities1000.tsv.gz", "geonameid\tname\taltnames\tcountry\tfeature_code\tadmin1\tpopulation\tlatitude\tlongitude\n"
            + "301\tLittle Vale\tLittle Vale\tBB\tPPL\tTX\t1200\t40.5\t-90.5\n"
            + "102\tEastmoor\t\tAA\tPPL\t02\t50000\t11.0\t21.0\n");
        dir.File("geonames/countryInfo.txt", "#ISO\tISO3\tnum\tfips\tCountry\tCapital\n"
            + Country("AA", "AAA", "Arland", "Norhaven", 1001) + Country("BB", "BBB", "Belmark", "Lakeford", 1002));
        dir.File("geonames/admin1CodesASCII.txt", "AA.01\tNorth\tNorth\t2001\nAA.02\tEast\tEast\t2002\nBB.TX\tTexland\tTexland\t2003\n");
        var lexicon = DemonymLexicon.Parse(new StringReader("Arland\tAAA\tcountry\nArlandic\tAAA\tadjective\nBelmark\tBBB\tcountry\nBelmarkish\tBBB\tadjective\n"));
        return GazetteerCompiler.Compile(folder, lexicon, sourceFolder);
    }

    private static string City(long id, string name, string alternates, double lat, double lon, string code, string country, string admin1, long population) =>
        string.Join('\t', id, name, name, alternates, lat, lon, "P", code, country, "", admin1, "", "", "", population, "", "", "UTC", "2025-01-01");

    private static string Country(string iso2, string iso3, string name, string capital, long id) =>
        string.Join('\t', iso2, iso3, "0", "", name, capital, "1000", "1000000", "EU", ".x", "XXX", "Unit", "1", "", "", "en", id, "", "") + "\n";
}
