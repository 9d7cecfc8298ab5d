using Herald.Actors;

namespace Herald.Tests.Actors;

public sealed class ActorCodesTests
{
    [Theory]
    [InlineData("RUS", "GOV", false, "RUSGOV")]
    [InlineData("RUSGOV", "GOV", false, "RUSGOV")]
    [InlineData("USAGOV", "GOVMED", false, "USAGOVMED")]
    [InlineData("HGWGOVMED", "GOVMED", false, "HGWGOVMED")]
    [InlineData("NGM", "OPP", false, "NGMOPP")]
    [InlineData("ARN", "NGO", true, "NGOARN")]
    [InlineData("---", "GOV", false, "---GOV")]
    [InlineData("FRO/BIL", "GOV", false, "FROGOV/BILGOV")]
    [InlineData("USAGOV", "ELI", false, "USAGOVELI")]
    public void An_agent_joins_an_actor_without_repeating_its_parts(string actor, string agent, bool prefix, string expected) =>
        Assert.Equal(expected, ActorCodes.Combine(actor, agent, prefix));

    [Theory]
    [InlineData("USAGOV", "USA", "GOV")]
    [InlineData("RUS", "RUS", null)]
    [InlineData("IGOUNO", null, "IGOUNO")]
    [InlineData("---GOV", null, "GOV")]
    [InlineData("FROGOV/BILGOV", null, "GOV")]
    [InlineData("FRO/FROMIL", "FRO", null)]
    public void A_code_splits_into_country_and_role(string code, string? country, string? role)
    {
        Assert.Equal(country, ActorCodes.CountryOf(code));
        Assert.Equal(role, ActorCodes.RoleOf(code));
    }
}
