using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// The templates in <c>cards/</c> and their sample data in <c>cards/samples/</c>: <c>&lt;id&gt;.json</c> is
/// required; <c>&lt;id&gt;.&lt;variant&gt;.json</c> adds more data sets (e.g. a minimal one).
/// </summary>
public static class CardSamples
{
    public static IReadOnlyList<string> TemplateIds { get; } =
        [.. Directory.EnumerateFiles(RepositoryPaths.Cards, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    /// <summary>Sample names (<c>id</c> or <c>id.variant</c>) for every template.</summary>
    public static IReadOnlyList<string> SampleNames { get; } =
        [.. Directory.EnumerateFiles(SamplesDirectory, "*.json").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    public static string SamplesDirectory => Path.Combine(RepositoryPaths.Cards, "samples");

    public static string TemplateIdOf(string sampleName) => sampleName.Split('.')[0];

    public static JsonObject LoadTemplate(string id) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, id + ".json")))!.AsObject();

    public static JsonObject LoadSample(string sampleName) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(SamplesDirectory, sampleName + ".json")))!.AsObject();
}
