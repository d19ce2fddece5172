using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>How controls read in chat: labels, dates relative to now, and the replies for ids that do not resolve.</summary>
public static class ControlView
{
    public static string Soa(ControlRecord record) => ExportFormat.Label(record.Applicability);

    public static string Status(ControlRecord record) => record.Applicability switch
    {
        Applicability.Applicable => ExportFormat.Label(record.Status),
        Applicability.Excluded => "Not applicable",
        _ => "Not answered",
    };

    public static string Owner(ControlRecord record) => record.OwnerName.Length > 0 ? Markdown.Escape(record.OwnerName) : "No owner";

    /// <summary>"1 Dec 2026 (in 4 weeks)", or the fallback when there is no date.</summary>
    public static string Date(DateTime? utc, DateTimeOffset now, string fallback = "Not set") => utc is { } value
        ? string.Create(CultureInfo.InvariantCulture, $"{value:d MMM yyyy} ({SystemView.Ago(value, now)})")
        : fallback;

    public static string LastChange(ControlRecord record, DateTimeOffset now) => record.UpdatedAt is { } at
        ? $"{Markdown.Escape(record.LastChange)}, by {Markdown.Escape(record.UpdatedByName)} {SystemView.Ago(at, now)}"
        : "Never changed";

    public static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    public static JsonObject Item(string text) => new() { ["text"] = text };

    /// <summary>"Reason" plus a link only when it is http(s); the location is always escaped text.</summary>
    public static JsonObject Evidence(EvidenceItem item, string? exceptControl = null) => new()
    {
        ["title"] = Markdown.Escape(item.Title),
        ["location"] = Markdown.Escape(item.Location),
        ["serves"] = "Serves " + string.Join(", ", item.Iso42001.Where(c => c != exceptControl).Concat(item.Iso27001.Select(c => "27001:" + c)).DefaultIfEmpty(exceptControl ?? "")),
    };

    /// <summary>The reply for a lookup that found no single control.</summary>
    public static string NotFound(ControlLookup lookup, string typed, string usage)
    {
        var safe = Markdown.Escape(typed.Length > 40 ? typed[..40] + "…" : typed);
        return lookup.Kind switch
        {
            ControlLookupKind.Empty => $"Which control? Type for example **{usage}**.",
            ControlLookupKind.Ambiguous => $"“{safe}” matches {lookup.Matches.Count} controls: "
                + string.Join(", ", lookup.Matches.Take(8).Select(c => $"**{c.Id}** {c.Title}"))
                + (lookup.Matches.Count > 8 ? ", …" : "") + ". Type the id of the one you mean.",
            _ => $"There is no control “{safe}”."
                + (lookup.Suggestions.Count > 0 ? " Closest: " + string.Join(", ", lookup.Suggestions.Select(s => $"**{s}**")) + "." : "")
                + " Type **controls** for the list.",
        };
    }
}
