using System.Text.Json.Nodes;

namespace AimsBot.Tests.Core.Cards;

/// <summary>Expands every conformance job with the reference engine once (one node process) for all tests.</summary>
public sealed class ConformanceFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, (JsonObject Template, JsonObject Data, ReferenceExpansion Expected)> Jobs { get; private set; } =
        new Dictionary<string, (JsonObject, JsonObject, ReferenceExpansion)>();

    /// <summary>The three jobs for one expression: typed, interpolated, and as a <c>$when</c>.</summary>
    public static IEnumerable<(string Key, JsonObject Template)> ExpressionJobs(string expression)
    {
        yield return ("typed:" + expression, new JsonObject { ["v"] = "${" + expression + "}" });
        yield return ("interpolated:" + expression, new JsonObject { ["w"] = "<${" + expression + "}>" });
        yield return ("when:" + expression, new JsonObject { ["x"] = new JsonObject { ["$when"] = "${" + expression + "}", ["k"] = 1 } });
    }

    public async ValueTask InitializeAsync()
    {
        var data = JsonNode.Parse(ConformanceCases.Data)!.AsObject();
        var jobs = new List<(string Key, JsonObject Template, JsonObject Data)>();
        foreach (var expression in ConformanceCases.Expressions)
        {
            jobs.AddRange(ExpressionJobs(expression).Select(j => (j.Key, j.Template, data)));
        }

        foreach (var (name, template, jobData) in ConformanceCases.Templates)
        {
            jobs.Add(("template:" + name, JsonNode.Parse(template)!.AsObject(), JsonNode.Parse(jobData)!.AsObject()));
        }

        var expanded = await ReferenceTemplateEngine.ExpandAsync([.. jobs.Select(j => ((JsonNode)j.Template, (JsonNode)j.Data))]);
        Jobs = jobs.Select((job, i) => (job, expected: expanded[i]))
            .ToDictionary(x => x.job.Key, x => (x.job.Template, x.job.Data, x.expected), StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
