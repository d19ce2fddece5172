using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using Humanizer;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>The data the <c>controls</c>, <c>control</c> and <c>control-iso27001</c> templates bind.</summary>
public static class ControlCards
{
    public static JsonObject List(IReadOnlyList<ControlRow> rows, string title, string filter, ControlCatalogue catalogue)
    {
        var objectives = new JsonArray();
        foreach (var (label, inObjective) in Sections(rows, catalogue))
        {

            var controls = new JsonArray();
            foreach (var row in inObjective)
            {
                controls.Add(new JsonObject
                {
                    ["id"] = row.Control.Id,
                    ["title"] = row.Control.Title,
                    ["line"] = $"{ControlView.Soa(row.Record)} · {ControlView.Status(row.Record)} · {ControlView.Owner(row.Record)}",
                });
            }

            objectives.Add(new JsonObject
            {
                ["label"] = label,
                ["counts"] = Counts(inObjective),
                ["controls"] = controls,
            });
        }

        return new JsonObject
        {
            ["title"] = title,
            ["summary"] = $"{"control".ToQuantity(rows.Count)}{filter} · {Counts(rows)}",
            ["objectives"] = objectives,
        };
    }

    /// <summary>
    /// The rows grouped as the standard numbers them: by objective, and under A.6 by sub-objective
    /// ("A.6 AI system life cycle › A.6.1 Management guidance for AI system development"); empty groups left out.
    /// </summary>
    public static IEnumerable<(string Label, List<ControlRow> Rows)> Sections(IReadOnlyList<ControlRow> rows, ControlCatalogue catalogue)
    {
        foreach (var objective in catalogue.Objectives)
        {
            var parts = objective.Parts.Count == 0 ? [objective] : objective.Parts;
            foreach (var part in parts)
            {
                var inPart = rows.Where(r => r.Control.Objective.Id == objective.Id && (part == objective || r.Control.Part == part)).ToList();
                if (inPart.Count > 0)
                {
                    yield return (part == objective ? objective.Label : $"{objective.Label} › {part.Label}", inPart);
                }
            }
        }
    }

    /// <summary>AimsBot's suggested ISO 27001 links that are not in force yet.</summary>
    public static IReadOnlyList<string> SuggestedLinks(ControlRow row) =>
        [.. row.Control.SuggestedIso27001.Where(l => !row.Links.Contains(l, StringComparer.Ordinal))];

    public static string SuggestionText(AnnexAControl control, IReadOnlyList<string> suggested, ControlCatalogue catalogue) =>
        string.Join(", ", suggested.Select(l => $"{l} {catalogue.FindIso27001(l)?.Title}"))
        + $" (AimsBot's suggestion for the AI infrastructure, beyond the reference mapping; an admin links them with **mapping {control.Id} add {string.Join(" ", suggested)}**)";

    public static string Counts(IReadOnlyCollection<ControlRow> rows) => string.Create(
        CultureInfo.InvariantCulture,
        $"{rows.Count(r => r.Record.Applicability == Applicability.Applicable)} applicable, {rows.Count(r => r.Record.Applicability == Applicability.Excluded)} excluded, {rows.Count(r => !r.IsAnswered)} unanswered, {rows.Count(r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.Implemented)} implemented");

    public static JsonObject Detail(ControlRow row, IReadOnlyList<EvidenceItem> evidence, ControlCatalogue catalogue, DateTimeOffset now, bool canAnswer, Iso27001Control? twin, IReadOnlyList<string>? treats = null)
    {
        var record = row.Record;
        var facts = new JsonArray
        {
            ControlView.Fact("Objective", row.Control.Objective.Label),
            ControlView.Fact("Work", row.Control.Reuse == ReuseKind.New ? "New: no ISMS control covers it" : "Extend: builds on the ISMS controls below"),
            ControlView.Fact("Owner", ControlView.Owner(record)),
            ControlView.Fact("SoA answer", ControlView.Soa(record)),
        };
        if (row.Control.Part is { } part)
        {
            facts.Insert(1, ControlView.Fact("Sub-objective", part.Label));
        }

        if (SuggestedLinks(row) is { Count: > 0 } suggested)
        {
            facts.Add(ControlView.Fact("Also consider", SuggestionText(row.Control, suggested, catalogue)));
        }

        var reasons = SoaReasons.Labels(record, treats ?? []);
        if (record.Applicability == Applicability.Applicable || reasons.Count > 0)
        {
            facts.Add(ControlView.Fact("Included for", reasons.Count == 0 ? "No reason given" : string.Join(", ", reasons)));
        }

        if (treats is { Count: > 0 })
        {
            facts.Add(ControlView.Fact("Treats risks", string.Join(", ", treats) + " (type **risk R-0001** with an id for one)"));
        }

        if (record.Justification.Length > 0)
        {
            facts.Add(ControlView.Fact(record.Applicability == Applicability.Excluded ? "Why excluded" : "Why included", Markdown.Escape(record.Justification)));
        }

        if (record.Implementation.Length > 0)
        {
            facts.Add(ControlView.Fact("How it is implemented", Markdown.Escape(record.Implementation)));
        }

        facts.Add(ControlView.Fact("Status", ControlView.Status(record)));
        if (record.TargetDate is not null)
        {
            facts.Add(ControlView.Fact("Target date", ControlView.Date(record.TargetDate, now)));
        }

        facts.Add(ControlView.Fact("Next review", ControlView.Date(record.NextReview, now)));
        facts.Add(ControlView.Fact("Last change", ControlView.LastChange(record, now)));

        return new JsonObject
        {
            ["id"] = row.Control.Id,
            ["title"] = row.Control.Title,
            ["questions"] = new JsonArray([.. row.Control.Questions.Select(q => (JsonNode)ControlView.Item(q))]),
            ["iso27001"] = new JsonArray([.. row.Links.Select(l => (JsonNode)ControlView.Fact(l, catalogue.FindIso27001(l)?.Title ?? ""))]),
            ["hasIso27001"] = row.Links.Count > 0,
            ["facts"] = facts,
            ["evidence"] = new JsonArray([.. evidence.Select(e => (JsonNode)ControlView.Evidence(e, row.Control.Id))]),
            ["hasEvidence"] = evidence.Count > 0,
            ["canAnswer"] = canAnswer,
            ["twin"] = twin is null ? "" : $"ISO 27001 also has a control {twin.Id} ({twin.Title}): type **control 27001:{twin.Id}** for it.",
            ["cardId"] = CardIds.New(),
        };
    }

    public static JsonObject Iso27001(Iso27001Control control, IReadOnlyList<ControlRow> buildingOn, IReadOnlyList<EvidenceItem> evidence) => new()
    {
        ["id"] = control.Id,
        ["title"] = control.Title,
        ["theme"] = control.Theme,
        ["buildsOn"] = new JsonArray([.. buildingOn.Select(r => (JsonNode)ControlView.Fact(r.Control.Id, $"{r.Control.Title} · {ControlView.Status(r.Record)}"))]),
        ["hasBuildsOn"] = buildingOn.Count > 0,
        ["evidence"] = new JsonArray([.. evidence.Select(e => (JsonNode)ControlView.Evidence(e))]),
        ["hasEvidence"] = evidence.Count > 0,
    };

    /// <summary>The card <c>soa start</c> sends each owner: their unanswered controls, each with an answer button.</summary>
    public static JsonObject OwnerList(IReadOnlyList<ControlRow> rows, string ownerName, string intro)
    {
        // Each button carries the card id itself: inside $data the template sees only the item.
        var cardId = CardIds.New();
        return new JsonObject
        {
            ["name"] = Markdown.Escape(ownerName),
            ["intro"] = intro,
            ["controls"] = new JsonArray([.. rows.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.Control.Id,
                ["title"] = r.Control.Title,
                ["objective"] = r.Control.Objective.Label,
                ["cardId"] = cardId,
            })]),
            ["cardId"] = cardId,
        };
    }
}
