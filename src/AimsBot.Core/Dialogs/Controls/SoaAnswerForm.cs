using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>The <c>control-answer</c> card: its inputs and data (current answer, evidence to keep or share) and reading it back.</summary>
public static class SoaAnswerForm
{
    public const string Template = "control-answer";
    public const int MaxJustification = 2000;
    public const int MaxEvidenceTitle = 200;

    /// <summary>The card inputs, in order.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["applicability", "reasons", "justification", "implementation", "status", "targetDate", "nextReview", "keepEvidence", "evidenceTitle", "evidenceLocation", "evidenceIso27001"];

    /// <summary>The record's current answer as the card's inputs show it; new evidence starts empty.</summary>
    public static Dictionary<string, string> Values(ControlRecord record, IEnumerable<long> kept) => new(StringComparer.Ordinal)
    {
        ["applicability"] = record.Applicability == Applicability.Unanswered ? "" : record.Applicability.ToString(),
        ["reasons"] = string.Join(",", record.InclusionReasons),
        ["justification"] = record.Justification,
        ["implementation"] = record.Implementation,
        ["status"] = record.Applicability == Applicability.Applicable ? record.Status.ToString() : "",
        ["targetDate"] = Date(record.TargetDate),
        ["nextReview"] = Date(record.NextReview),
        ["keepEvidence"] = string.Join(",", kept.Order().Select(i => i.ToString(CultureInfo.InvariantCulture))),
        ["evidenceTitle"] = "",
        ["evidenceLocation"] = "",
        ["evidenceIso27001"] = "",
    };

    /// <summary>What the card shows besides its inputs: the control, its questions and the evidence and ISO 27001 choices.</summary>
    public static JsonObject Data(ControlRow row, IReadOnlyList<EvidenceItem> candidates, ControlCatalogue catalogue) => new()
    {
        ["id"] = row.Control.Id,
        ["title"] = row.Control.Title,
        ["questions"] = new JsonArray([.. row.Control.Questions.Select(q => (JsonNode)ControlView.Item(q))]),
        ["evidenceChoices"] = new JsonArray([.. candidates.Select(e => (JsonNode)new JsonObject
        {
            ["title"] = $"{e.Title} — {e.Location}",
            ["value"] = e.Id.ToString(CultureInfo.InvariantCulture),
        })]),
        ["hasEvidenceChoices"] = candidates.Count > 0,
        ["iso27001Choices"] = new JsonArray([.. row.Links.Select(l => (JsonNode)new JsonObject
        {
            ["title"] = $"{l} {catalogue.FindIso27001(l)?.Title}",
            ["value"] = l,
        })]),
        ["hasIso27001Choices"] = row.Links.Count > 0,
    };

    /// <summary>Reads the submitted answer; field errors for sizes, choices, dates and links.</summary>
    public static SoaAnswer Read(FormReader form, ControlRow row, IReadOnlySet<long> candidateIds, DateOnly today)
    {
        var applicability = form.Choice<Applicability>("applicability", "Applicability", required: true) ?? Applicability.Unanswered;
        if (applicability == Applicability.Unanswered)
        {
            form.Fail("applicability", "Say whether the control is applicable.");
        }

        var reasons = form.Choices<InclusionReason>("reasons", "Reasons for inclusion");
        var justification = form.Text("justification", "The justification", MaxJustification, required: false);
        var implementation = form.Text("implementation", "How it is implemented", MaxJustification, required: false);
        var status = form.Choice<ImplementationStatus>("status", "Implementation status", required: applicability == Applicability.Applicable) ?? ImplementationStatus.NotStarted;
        var target = ReadDate(form, "targetDate", "target date", today);
        var review = ReadDate(form, "nextReview", "next review date", today);
        if (review is null && form.Raw("nextReview").Length == 0)
        {
            form.Fail("nextReview", "Set the next review date.");
        }

        var keep = new List<long>();
        foreach (var part in form.Raw("keepEvidence").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && candidateIds.Contains(id))
            {
                keep.Add(id);
            }
            else
            {
                form.Fail("keepEvidence", "Pick evidence from the list shown.");
            }
        }

        var title = form.Text("evidenceTitle", "The evidence title", MaxEvidenceTitle, required: false);
        var location = form.Text("evidenceLocation", "The evidence location", EvidenceLocation.MaxLength, required: false);
        var serves = form.Raw("evidenceIso27001").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        EvidenceDraft? draft = null;
        if (title.Length > 0 || location.Length > 0)
        {
            if (title.Length == 0)
            {
                form.Fail("evidenceTitle", "Give the evidence a title.");
            }

            if (location.Length <= EvidenceLocation.MaxLength && EvidenceLocation.Problem(location) is { } problem)
            {
                form.Fail("evidenceLocation", problem);
            }

            draft = new EvidenceDraft(title, location, [.. serves.Where(s => row.Links.Contains(s, StringComparer.Ordinal))]);
            if (serves.Any(s => !row.Links.Contains(s, StringComparer.Ordinal)))
            {
                form.Fail("evidenceIso27001", $"Pick ISO 27001 controls linked to {row.Control.Id}.");
            }
        }

        return new SoaAnswer(applicability, reasons, justification, implementation, status, target, review, keep, draft);
    }

    private static DateOnly? ReadDate(FormReader form, string id, string label, DateOnly today)
    {
        var raw = form.Raw(id);
        if (raw.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date >= today)
            {
                return date;
            }

            form.Fail(id, $"The {label} can't be in the past.");
            return null;
        }

        form.Fail(id, $"The {label} must be a date like 2026-12-31.");
        return null;
    }

    private static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
