using Herald.Actors;

namespace Herald.Tests.Actors;

public sealed class PetrarchReaderTests
{
    private const string Actors = """
        <!-- a dictionary written for this test -->
        <!-- a comment over
        two lines -->
        NUMENOR_ [NUM]   # a country
        +NUMENOREAN
        +ARMENELOS_
        TAR-MINYATUR  ; legacy comment
        +ELROS
        	[NUMGOV 19700101-791231]
        	[NUMELI >800101]
        	[NUM]
        ANDUNIE [NUMREB/NUMOPP <650630]
        NIMLOTH [---]
        UMBAR [UMB] [UMBGOV 20200101-20201231]
        """;

    private const string Agents = """
        !OFFICER! = CAPTAIN, CAPTAINS, LIEUTENANT
        HARBOUR_GUARD [~COP]
        SHIPWRIGHT {SHIPWRIGHTS_OF_OLD} [~BUS]
        FLEET {} [~MIL]
        SEA_!OFFICER! [~MIL]
        GUILD_OF_LOREMASTERS [NGO~]
        BROKEN LINE
        """;

    private static ActorDictionary Read(string actors, string agents)
    {
        var builder = new ActorDictionaryBuilder();
        PetrarchReader.ReadActors(new StringReader(actors), "test.actors", builder);
        PetrarchReader.ReadAgents(new StringReader(agents), "test.agents", builder);
        return builder.Build();
    }

    [Fact]
    public void Synonyms_share_their_block_s_codes_and_comments_are_skipped()
    {
        var dictionary = Read(Actors, Agents);
        Assert.Equal("NUM", dictionary.FindActor("numenorean")!.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Equal("NUM", dictionary.FindActor("Armenelos")!.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Null(dictionary.FindActor("comment"));
        Assert.Equal(8, dictionary.ActorCount);
    }

    [Theory]
    [InlineData(1975, 6, 1, "NUMGOV")]
    [InlineData(1979, 12, 31, "NUMGOV")]
    [InlineData(1980, 1, 1, "NUMELI")]
    [InlineData(1960, 1, 1, "NUM")]
    public void Date_restrictions_hold_inclusively_and_the_unrestricted_code_is_the_default(int year, int month, int day, string code) =>
        Assert.Equal(code, Read(Actors, Agents).FindActor("ELROS")!.CodeOn(new DateOnly(year, month, day)));

    [Fact]
    public void Six_digit_years_below_30_are_in_this_century_and_codes_joined_by_a_slash_are_kept_together()
    {
        var dictionary = Read(Actors, Agents);
        Assert.Equal("NUMREB/NUMOPP", dictionary.FindActor("ANDUNIE")!.CodeOn(new DateOnly(1965, 6, 30)));
        Assert.Null(dictionary.FindActor("ANDUNIE")!.CodeOn(new DateOnly(2065, 1, 1)));
        Assert.Equal("UMBGOV", dictionary.FindActor("UMBAR")!.CodeOn(new DateOnly(2020, 5, 1)));
        Assert.Equal("UMB", dictionary.FindActor("UMBAR")!.CodeOn(new DateOnly(2021, 5, 1)));
    }

    [Fact]
    public void A_dashed_code_names_no_actor()
    {
        var nimloth = Read(Actors, Agents).FindActor("NIMLOTH")!;
        Assert.True(nimloth.IsNullOn(new DateOnly(2000, 1, 1)));
        Assert.Null(nimloth.CodeOn(new DateOnly(2000, 1, 1)));
    }

    [Fact]
    public void Agents_get_regular_plurals_unless_braces_give_others_or_none()
    {
        var dictionary = Read(Actors, Agents);
        Assert.Equal(new AgentEntry("COP", false), dictionary.FindAgent("harbour guards"));
        Assert.NotNull(dictionary.FindAgent("shipwrights of old"));
        Assert.Null(dictionary.FindAgent("shipwrights"));
        Assert.NotNull(dictionary.FindAgent("fleet"));
        Assert.Null(dictionary.FindAgent("fleets"));
    }

    [Fact]
    public void Substitution_sets_expand_and_prefix_codes_go_before_the_actor()
    {
        var dictionary = Read(Actors, Agents);
        Assert.Equal("MIL", dictionary.FindAgent("sea captains")!.Code);
        Assert.NotNull(dictionary.FindAgent("sea lieutenant"));
        Assert.True(dictionary.FindAgent("guild of loremasters")!.IsPrefix);
    }

    [Fact]
    public void Unreadable_entries_are_skipped_with_a_warning_naming_file_and_line()
    {
        var dictionary = Read("GOOD [GOD]\nBAD [BAD 2004017]\n", Agents);
        Assert.Equal("GOD", dictionary.FindActor("GOOD")!.CodeOn(new DateOnly(2000, 1, 1)));
        Assert.Contains(dictionary.Warnings, w => w.StartsWith("test.actors:2:", StringComparison.Ordinal));
        Assert.Contains(dictionary.Warnings, w => w.StartsWith("test.agents:7:", StringComparison.Ordinal));
    }
}
