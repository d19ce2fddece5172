using System.Text.Json.Nodes;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// The reference templating engine (npm <c>adaptivecards-templating</c>) run through
/// <c>node/expand-template.js</c>: one node process expands a whole batch.
/// </summary>
public static class ReferenceTemplateEngine
{
    public static async Task<IReadOnlyList<ReferenceExpansion>> ExpandAsync(IReadOnlyList<(JsonNode Template, JsonNode Data)> jobs)
    {
        var request = new JsonArray([.. jobs.Select(j => new JsonObject { ["template"] = j.Template.DeepClone(), ["data"] = j.Data.DeepClone() })]);
        var (exitCode, output, error) = await NodeTool.RunAsync("expand-template.js", request.ToJsonString());
        Assert.True(exitCode == 0, "expand-template.js failed: " + error);
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.Equal(jobs.Count, results.Count);
        return [.. results.Select(r => r!.AsObject().TryGetPropertyValue("error", out var e)
            ? new ReferenceExpansion(null, e!.GetValue<string>())
            : new ReferenceExpansion(r["card"]?.DeepClone(), null))];
    }
}
