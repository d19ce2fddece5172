using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards.BlockKit;
using AimsBot.Tests.Core.Cards;
using AimsBot.Tests.Infrastructure;
using CsCheck;

namespace AimsBot.Tests.Security;

/// <summary>
/// Fuzzing target for the card binder and the Adaptive Card to Block Kit translator: every template,
/// bound with its sample data where every string a person could have typed is replaced by hostile text,
/// for a fixed time budget.
/// Binding and translating never fail, the Slack rendering stays inside Block Kit's limits, and no
/// user text becomes a Slack mention, link or direction override.
/// </summary>
public sealed class CardFuzzTests
{
    /// <summary>The fuzzing budget, in seconds, kept small so the suite stays fast.</summary>
    public const int BudgetSeconds = 3;

    /// <summary>
    /// Values the bot itself writes, never what a person typed: ids, verbs, its own links, and the
    /// chosen values of choice inputs (a choice's value is one of the bot's options).
    /// </summary>
    private static readonly HashSet<string> BotValues = new(StringComparer.Ordinal)
    {
        "cardId", "id", "systemId", "system", "all", "filter", "control", "controlId", "verb", "page", "mine", "nextPage", "previousPage", "requestId", "next", "arguments", "xlsxUrl", "csvUrl", "url", "evidenceUrl",
        "applicability", "reasons", "status", "keepEvidence", "evidenceIso27001", "targetDate", "nextReview", "role", "source",
        "stage", "autonomy", "dataUses", "personalData", "decision", "assessment", "dimension", "length", "dueDate",
    };

    private static readonly string[] SlackControls = ["<!", "<@", "<#", "<http", "<mailto", "\u202E", "\u2066"];

    [Fact]
    public void Templates_Bound_With_Hostile_Text_Always_Render_Safely_For_Teams_And_Slack()
    {
        // Arrange
        var templates = AimsBotFactory.Cards();
        var samples = CardSamples.SampleNames.Select(name => (Id: CardSamples.TemplateIdOf(name), Data: CardSamples.LoadSample(name))).ToArray();
        var cases = Gen.Int[0, samples.Length - 1].SelectMany(i =>
            Nasty.Text.Array[StringCount(samples[i].Data), StringCount(samples[i].Data)].Select(texts => (Sample: samples[i], Texts: texts)));
        var rendered = 0;

        // Act + Assert
        cases.Sample(
            c =>
            {
                var data = (JsonObject)c.Sample.Data.DeepClone();
                var next = 0;
                Replace(data, c.Texts, ref next, inChoices: false);
                var card = templates.Render(c.Sample.Id, data);
                _ = JsonDocument.Parse(card.ToJsonString());
                var message = BlockKitRenderer.Message(card, "fallback");
                Assert.Empty(BlockKitChecks.Blocks(message.Blocks, BlockKitLimits.MessageBlocks));
                var outputs = new List<JsonNode> { message.Blocks };
                if (BlockKitRenderer.Form(card) is not null)
                {
                    var modal = BlockKitRenderer.Modal(card, "{}");
                    Assert.Empty(BlockKitChecks.Blocks(modal["blocks"]!.AsArray(), BlockKitLimits.ViewBlocks));
                    outputs.Add(modal);
                }

                foreach (var text in outputs.SelectMany(Texts))
                {
                    Assert.DoesNotContain(SlackControls, control => text.Contains(control, StringComparison.Ordinal));
                }

                Interlocked.Increment(ref rendered);
            },
            time: BudgetSeconds,
            threads: 1);

        Assert.True(rendered >= samples.Length, $"only {rendered} cards rendered in {BudgetSeconds} s");
    }

    private static int StringCount(JsonNode? node) => node switch
    {
        JsonObject o => o.Sum(kv => StringCount(kv.Value)),
        JsonArray a => a.Sum(StringCount),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => 1,
        _ => 0,
    };

    /// <summary>Replaces every string value a person could have typed (not keys, not the bot's own ids and links) with the next hostile text.</summary>
    private static void Replace(JsonNode? node, string[] texts, ref int next, bool inChoices)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(kv => kv.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        o[key] = BotValues.Contains(key) || (inChoices && key == "value") ? v.GetValue<string>() : texts[next];
                        next++;
                    }
                    else
                    {
                        Replace(o[key], texts, ref next, inChoices: key.EndsWith("Choices", StringComparison.Ordinal) || key is "sources" or "options");
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        a[i] = texts[next++];
                    }
                    else
                    {
                        Replace(a[i], texts, ref next, inChoices);
                    }
                }

                break;
        }
    }

    /// <summary>Every string Slack shows as text (<c>text</c> values and the view's title/labels).</summary>
    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(kv => kv.Key is "text" && kv.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? [v.GetValue<string>()]
            : Texts(kv.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
