using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Cards;

/// <summary>
/// Binds every sample with the C# binder, then (two node processes in all) expands the same templates
/// with the reference engine and validates the C#-bound cards with the Adaptive Cards SDK.
/// </summary>
public sealed class CardSamplesFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, CardSampleResult> Results { get; private set; } = new Dictionary<string, CardSampleResult>();

    public async ValueTask InitializeAsync()
    {
        var names = CardSamples.SampleNames.Where(n => CardSamples.TemplateIds.Contains(CardSamples.TemplateIdOf(n))).ToList();
        var jobs = names.Select(n => (Template: CardSamples.LoadTemplate(CardSamples.TemplateIdOf(n)), Data: CardSamples.LoadSample(n))).ToList();
        var bound = jobs.Select(j => Bind(j.Template, j.Data)).ToList();
        var expected = await ReferenceTemplateEngine.ExpandAsync([.. jobs.Select(j => ((JsonNode)j.Template, (JsonNode)j.Data))]);

        var cards = new JsonArray([.. bound.Select(b => b.Card?.DeepClone() ?? new JsonObject())]);
        var (exitCode, output, error) = await NodeTool.RunAsync("validate-cards.js", cards.ToJsonString());
        Assert.True(exitCode == 0, "validate-cards.js failed: " + error);
        var validations = JsonNode.Parse(output)!.AsArray();

        Results = names.Select((name, i) => new CardSampleResult(
                name,
                bound[i].Card,
                bound[i].Failure,
                expected[i],
                [.. validations[i]!["errors"]!.AsArray().Select(e => e!.GetValue<string>())],
                [.. validations[i]!["warnings"]!.AsArray().Select(e => e!.GetValue<string>())]))
            .ToDictionary(r => r.SampleName, StringComparer.Ordinal);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static (JsonObject? Card, string? Failure) Bind(JsonObject template, JsonObject data)
    {
        try
        {
            return (TemplateBinder.Bind(template, data), null);
        }
        catch (Exception exception) when (exception is AimsBot.Core.Cards.Templating.TemplateBindingException or InvalidOperationException)
        {
            return (null, exception.Message);
        }
    }
}
