using Herald.Documents;
using Herald.Tests.Entities.Rules;

namespace Herald.Tests.Entities.Canonical;

public sealed class CanonicalEntitiesTests
{
    private const string Text =
        "U.S. President Jane Carter and Russia's Ivan Petrov met in Oslo. " +
        "Petrov then saw Carter's national security adviser, Tom Reed, at the Kremlin. " +
        "Reed said Carter was pleased, according to Kremlin aide Oleg Sokolov. " +
        "Republican Senator Ann Vale criticised Carter, and the US and United States officials disagreed.";

    private static Document Analysed() => EntityTestDocuments.Tokenized(Text)
        .Model("U.S. President Jane Carter", EntityTypes.Person)
        .Model("Russia", EntityTypes.Location)
        .Model("Ivan Petrov", EntityTypes.Person)
        .Model("Oslo", EntityTypes.Location)
        .Model("Petrov", EntityTypes.Person, 1)
        .Model("Carter", EntityTypes.Person, 1)
        .Model("Tom Reed", EntityTypes.Person)
        .Model("Kremlin", EntityTypes.Organization)
        .Model("Reed", EntityTypes.Person, 1)
        .Model("Carter", EntityTypes.Person, 2)
        .Model("Kremlin", EntityTypes.Organization, 1)
        .Model("Oleg Sokolov", EntityTypes.Person)
        .Model("Ann Vale", EntityTypes.Person)
        .Model("Carter", EntityTypes.Person, 3)
        .Model("US", EntityTypes.Location)
        .Model("United States", EntityTypes.Location)
        .RunAll();

    [Fact]
    public void Groups_surnames_under_full_names()
    {
        var document = Analysed();
        var people = document.Entities.Where(e => e.Type == EntityTypes.Person).ToList();
        Assert.Equal(["Jane Carter", "Ivan Petrov", "Tom Reed", "Oleg Sokolov", "Ann Vale"], people.Select(p => p.Name));
        Assert.Equal(4, people[0].Mentions.Count);
        Assert.Equal(2, people[1].Mentions.Count);
        Assert.Equal(2, people[2].Mentions.Count);
    }

    [Fact]
    public void Keeps_titles_as_roles_not_names()
    {
        var document = Analysed();
        string? RoleOf(string name) => document.Mentions.First(m => m.Type == EntityTypes.Person && document.TextOf(m) == name).Role;
        Assert.Equal("U.S. President", RoleOf("Jane Carter"));
        Assert.Equal("national security adviser", RoleOf("Tom Reed"));
        Assert.Equal("Kremlin aide", RoleOf("Oleg Sokolov"));
        Assert.Equal("Republican Senator", RoleOf("Ann Vale"));
        Assert.Null(RoleOf("Ivan Petrov"));
    }

    [Fact]
    public void Groups_country_names_and_organisations()
    {
        var document = Analysed();
        var usa = Assert.Single(document.Entities, e => e.Country == "USA" && e.Type == EntityTypes.Location);
        Assert.Equal("United States", usa.Name);
        Assert.Equal(2, usa.Mentions.Count);
        Assert.Equal(2, Assert.Single(document.Entities, e => e.Name == "Kremlin").Mentions.Count);
        Assert.Equal("Russia", Assert.Single(document.Entities, e => e.Country == "RUS" && e.Type == EntityTypes.Location).Name);
    }

    [Fact]
    public void Every_named_mention_points_at_its_entity_in_first_mention_order()
    {
        var document = Analysed();
        for (var e = 0; e < document.Entities.Count; e++)
        {
            foreach (var m in document.Entities[e].Mentions)
                Assert.Equal(e, document.Mentions[m].Entity);
        }
        var firsts = document.Entities.Select(e => e.Mentions[0]).ToList();
        Assert.Equal(firsts.Order(), firsts);
        Assert.True(document.Layers.HasFlag(Layers.Entities));
    }

    [Fact]
    public void Works_with_rule_mentions_only()
    {
        var document = EntityTestDocuments.Tokenized("Russian and French officials met; Russians paid $2.").RunAll();
        var russian = Assert.Single(document.Entities, e => e.Country == "RUS");
        Assert.Equal(("Russian", EntityTypes.Norp, 2), (russian.Name, russian.Type, russian.Mentions.Count));
        Assert.Equal(-1, Assert.Single(document.Mentions, m => m.Type == EntityTypes.Money).Entity);
    }

    [Fact]
    public void An_ambiguous_surname_stays_apart()
    {
        var document = EntityTestDocuments.Tokenized("John Smith met Anna Smith. Smith left.")
            .Model("John Smith", EntityTypes.Person).Model("Anna Smith", EntityTypes.Person).Model("Smith", EntityTypes.Person, 2).RunAll();
        Assert.Equal(3, document.Entities.Count);
    }
}
