using AimsBot.Core.Governance;

namespace AimsBot.Tests.Core.Governance;

public sealed class SystemNameIndexTests
{
    [Fact]
    public void Finds_Exactly_What_Comparing_With_Every_Name_Finds()
    {
        // Arrange: names built from a small alphabet, so many are a few edits apart, many repeat a
        // trigram, and lengths run from one letter to long enough for the trigram filter to prune.
        var random = new Random(42);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = new SystemNameIndex();
        for (var i = 1; i <= 3_000; i++)
        {
            var id = SystemNames.FormatId(i);
            names[id] = RandomName(random);
            index.Set(id, names[id]);
        }

        // Renamed systems must be found under their new name only.
        for (var i = 1; i <= 300; i++)
        {
            var id = SystemNames.FormatId(random.Next(1, 3_001));
            names[id] = RandomName(random);
            index.Set(id, names[id]);
        }

        var queries = Enumerable.Range(0, 400).Select(_ => RandomName(random))
            .Concat(names.Values.Take(100).Select(n => Mutate(n, random)))
            .Concat(names.Values.Take(50));

        foreach (var query in queries)
        {
            // Act
            var found = index.FindSimilar(query, take: int.MaxValue);

            // Assert
            var expected = names.Where(x => SystemNames.AreSimilar(x.Value, query)).Select(x => x.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, found);
        }
    }

    [Fact]
    public void Returns_The_First_Ids_In_Order_Up_To_The_Limit()
    {
        // Arrange
        var index = new SystemNameIndex();
        index.Set("AI-0003", "contract review assistant");
        index.Set("AI-0001", "contract review assistent");
        index.Set("AI-0002", "hr screening");
        index.Set("AI-0004", "contract reviews assistant");

        // Act
        var found = index.FindSimilar("contract review assistant", take: 2);

        // Assert
        Assert.Equal(["AI-0001", "AI-0003"], found);
        Assert.Equal(4, index.Count);
    }

    [Fact]
    public void An_Empty_Name_Matches_Nothing() =>
        Assert.Empty(new SystemNameIndex().FindSimilar("", take: 5));

    private static string RandomName(Random random)
    {
        const string Letters = "abcde ";
        var length = random.Next(1, 40);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Letters[random.Next(i == 0 || i == length - 1 ? Letters.Length - 1 : Letters.Length)];
        }

        return new string(chars);
    }

    private static string Mutate(string name, Random random)
    {
        var chars = name.ToList();
        for (var edits = random.Next(1, 4); edits > 0; edits--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    chars.Insert(at, 'x');
                    break;
                case 1 when at < chars.Count:
                    chars.RemoveAt(at);
                    break;
                default:
                    if (at < chars.Count)
                    {
                        chars[at] = 'y';
                    }

                    break;
            }
        }

        return new string([.. chars]);
    }
}
