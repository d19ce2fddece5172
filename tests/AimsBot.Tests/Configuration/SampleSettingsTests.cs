using System.Reflection;
using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Configuration;

public sealed class SampleSettingsTests
{
    private static JsonObject Sample() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "appsettings.sample.json")))!.AsObject();

    public static TheoryData<string> Sections()
    {
        var data = new TheoryData<string>();
        var assemblies = new[] { typeof(AimsBot.Core.Storage.StorageOptions).Assembly, typeof(AimsBot.AimsBotBuilder).Assembly };
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal)))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() is string section && section.Length > 0)
            {
                data.Add(section);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sections))]
    public void Every_Options_Section_Is_In_The_Sample(string section)
    {
        // Act
        var node = section.Split(':').Aggregate((JsonNode?)Sample(), (current, key) => current?[key]);

        // Assert
        Assert.True(node is JsonObject, $"appsettings.sample.json has no \"{section}\" section");
    }

    [Fact]
    public void The_Sample_Has_The_Bot_Framework_Settings_At_The_Top_Level()
    {
        // Arrange
        var sample = Sample();

        // Assert
        foreach (var key in new[] { "MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId" })
        {
            Assert.True(sample.ContainsKey(key), key);
        }
    }
}
