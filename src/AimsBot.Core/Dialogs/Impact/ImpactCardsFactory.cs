using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Dialogs.Risk;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Impact;

/// <summary>The data the impact templates bind: the detail card, the form's summary, scales and choices.</summary>
public sealed class ImpactCardsFactory(IImpactStore impacts, IRiskStore risks, RiskMethod method, IAuditLog audit)
{
    /// <summary>The <c>impact</c> card: every answer, the harms with their linked risks (or a button to raise one), versions and history.</summary>
    public JsonObject Detail(ImpactAssessment a, Actor actor, DateTimeOffset now)
    {
        _ = actor;
        var linked = risks.FromAssessment(a.Id);
        var facts = new JsonArray
        {
            ControlView.Fact("AI system", $"{a.SystemId} {Markdown.Escape(a.SystemName)}"),
            ControlView.Fact("Version", Version(a)),
            ControlView.Fact("Assessed", $"by {Markdown.Escape(a.AssessedByName)} {RiskView.When(a.AssessedAt, now)}"),
            ControlView.Fact("Committee review", Review(a, now)),
            ControlView.Fact("Next review", RiskView.Date(a.NextReview, now)),
            ControlView.Fact("Method", a.MethodVersion),
        };
        var harms = new JsonArray();
        foreach (var harm in a.Applicable)
        {
            var risk = linked.FirstOrDefault(r => r.ImpactHarm == harm.Dimension.ToString());
            harms.Add(new JsonObject
            {
                ["title"] = ImpactDimensions.Label(harm.Dimension),
                ["facts"] = HarmFacts(harm),
                ["risk"] = risk is null ? "" : $"Raised as {risk.Id} {Markdown.Escape(risk.Title)} ({RiskView.Status(risk.Status).ToLowerInvariant()})",
                ["canRaise"] = risk is null,
                ["cardId"] = CardIds.New(),
                ["assessment"] = a.Id,
                ["dimension"] = harm.Dimension.ToString(),
            });
        }

        var notApplicable = a.Harms.Where(h => !h.Applies).Select(h => ImpactDimensions.Label(h.Dimension)).ToList();
        var versions = impacts.ForSystem(a.SystemId);
        return new JsonObject
        {
            ["id"] = a.Id,
            ["system"] = $"{a.SystemId} {Markdown.Escape(a.SystemName)}",
            ["headline"] = $"Version {a.Version.ToString(CultureInfo.InvariantCulture)} · {ExportFormat.Label(a.Status)} · {ExportFormat.Label(a.Conclusion)}{(a.IsCurrent ? "" : " · superseded by " + a.SupersededBy)}",
            ["facts"] = facts,
            ["context"] = new JsonArray
            {
                ControlView.Fact("Purpose and context", Text(a.Purpose)),
                ControlView.Fact("Affected", Text(a.Affected)),
                ControlView.Fact("Vulnerable groups", Text(a.VulnerableGroups)),
                ControlView.Fact("Benefits", Text(a.Benefits)),
            },
            ["harms"] = harms,
            ["notApplicable"] = notApplicable.Count == 0 ? "" : "Not applicable: " + string.Join(", ", notApplicable) + ".",
            ["conclusion"] = Conclusion(a),
            ["versions"] = new JsonArray([.. versions.Select(v => (JsonNode)ControlView.Fact(v.Id, $"version {v.Version.ToString(CultureInfo.InvariantCulture)}, {ExportFormat.Label(v.Status).ToLowerInvariant()}, {RiskView.When(v.AssessedAt, now)}{(v.IsCurrent ? " (current)" : "")}"))]),
            ["history"] = new JsonArray([.. audit.ForEntity(ImpactIds.Entity(a.Id)).TakeLast(8).Select(e => (JsonNode)ControlView.Fact(RiskView.When(e.At, now), $"{Action(e.Action)} by {Markdown.Escape(e.ActorName)}"))]),
        };
    }

    /// <summary>The confirm step: the harms rated on the method's matrix and the conclusion, before saving.</summary>
    public JsonObject Summary(ImpactAssessment draft)
    {
        var lines = new JsonArray();
        foreach (var harm in draft.Harms.Where(h => h.Applies).OrderBy(h => h.Dimension))
        {
            var level = method.IsLikelihood(harm.Likelihood) && method.IsImpact(harm.Severity) ? method.LevelOf(harm.Likelihood, harm.Severity).Name : "not rated";
            lines.Add(ControlView.Fact(ImpactDimensions.Label(harm.Dimension), $"{level}: {Markdown.Escape(Short(harm.Harm))}"));
        }

        if (lines.Count == 0)
        {
            lines.Add(ControlView.Fact("Harms", "No dimension applies."));
        }

        return new JsonObject
        {
            ["harmsSummary"] = lines,
            ["summary"] = new JsonArray
            {
                ControlView.Fact("Affected", Text(Short(draft.Affected))),
                ControlView.Fact("Vulnerable groups", Text(Short(draft.VulnerableGroups))),
                ControlView.Fact("Conclusion", Enum.IsDefined(draft.Conclusion) ? ExportFormat.Label(draft.Conclusion) : ""),
            },
        };
    }

    /// <summary>Choices of the method's likelihood and impact (severity) scales, and of reversibility.</summary>
    public static JsonObject Scales(RiskMethod method)
    {
        var scales = RiskFormCards.Scales(method);
        return new JsonObject
        {
            ["likelihoodChoices"] = scales["likelihoodChoices"]!.DeepClone(),
            ["severityChoices"] = scales["impactChoices"]!.DeepClone(),
            ["reversibilityChoices"] = Choices<Reversibility>(),
        };
    }

    public static JsonArray Choices<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(v => (JsonNode)new JsonObject { ["title"] = ExportFormat.Label(v), ["value"] = v.ToString() })];

    private JsonArray HarmFacts(ImpactHarm harm) =>
    [
        ControlView.Fact("Potential harm", Text(harm.Harm)),
        ControlView.Fact("Rating", RiskView.Rating(method, harm.Likelihood, harm.Severity, harm.Level)),
        ControlView.Fact("Reversibility", harm.Reversibility is { } r ? ExportFormat.Label(r) : ""),
    ];

    private static JsonArray Conclusion(ImpactAssessment a)
    {
        var facts = new JsonArray
        {
            ControlView.Fact("Foreseeable misuse", Text(a.ForeseeableMisuse)),
            ControlView.Fact("Mitigations", Text(a.Mitigations)),
            ControlView.Fact("Human oversight", Text(a.Oversight)),
            ControlView.Fact("Conclusion", ExportFormat.Label(a.Conclusion)),
        };
        if (a.Conditions.Length > 0)
        {
            facts.Add(ControlView.Fact("Conditions", Text(a.Conditions)));
        }

        return facts;
    }

    private static string Version(ImpactAssessment a)
    {
        var text = a.Version.ToString(CultureInfo.InvariantCulture);
        if (a.Supersedes.Length > 0)
        {
            text += $", supersedes {a.Supersedes}";
        }

        return a.IsCurrent ? text + " (current)" : text + $", superseded by {a.SupersededBy}";
    }

    private static string Review(ImpactAssessment a, DateTimeOffset now) => a.ReviewedAt is { } at
        ? $"{ExportFormat.Label(a.Status)} by {Markdown.Escape(a.ReviewedByName)} {RiskView.When(at, now)}{(a.ReviewNote.Length > 0 ? ": " + Markdown.Escape(a.ReviewNote) : "")}"
        : ExportFormat.Label(a.Status);

    private static string Action(string action) => Humanizer.StringHumanizeExtensions.Humanize(action.Replace("impact.", "", StringComparison.Ordinal), Humanizer.LetterCasing.Sentence);

    private static string Text(string text) => RiskView.Text(text);

    private static string Short(string text) => text.Length > 160 ? text[..160] + "…" : text;
}
