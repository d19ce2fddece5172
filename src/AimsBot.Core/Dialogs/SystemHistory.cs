using System.Text.Json;
using System.Text.Json.Nodes;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Inventory;
using Humanizer;

namespace AimsBot.Core.Dialogs;

/// <summary>A system's audit entries as its history card shows them: edits field by field, before → after.</summary>
public static class SystemHistory
{
    public const int Shown = 12;

    /// <summary>
    /// The newest <see cref="Shown"/> lines, newest first (an edit gives one line per field), with a last line
    /// saying when older ones were left out. <paramref name="entries"/> are oldest first, as the audit log reads them.
    /// </summary>
    public static JsonArray Facts(IReadOnlyList<AuditEntry> entries, DateTimeOffset now)
    {
        var facts = new List<JsonObject>();
        foreach (var entry in entries.Reverse())
        {
            var when = SystemView.Ago(entry.At, now);
            foreach (var line in Lines(entry))
            {
                facts.Add(SystemView.Fact(when, line));
            }
        }

        if (facts.Count <= Shown)
        {
            return new JsonArray([.. facts]);
        }

        var shown = facts.Take(Shown - 1).Append(SystemView.Fact("Earlier", "Older changes are kept in the audit log; an admin can read them there.")).ToList();
        return new JsonArray([.. shown]);
    }

    private static IEnumerable<string> Lines(AuditEntry entry)
    {
        var action = entry.Action.Replace("aisystem.", "", StringComparison.Ordinal);
        if (action is "edited" or "retired" && Changes(entry) is { Count: > 0 } changes)
        {
            return changes.Select(c => $"{c.Field}: {Or(c.Before)} → {Or(c.After)} ({entry.ActorName})");
        }

        var phrase = action switch
        {
            "reassessment-due" => "Marked for re-assessment" + Reasons(entry),
            "reassessment-cleared" => "Re-assessment done, mark cleared",
            "attested-changed" => "Attested, with changes",
            _ => action.Humanize(LetterCasing.Sentence),
        };
        return [$"{phrase} by {entry.ActorName}"];
    }

    // The reassessment entry's after is {"reasons":["moved to production", …]}.
    private static string Reasons(AuditEntry entry)
    {
        try
        {
            return JsonNode.Parse(entry.After.Length == 0 ? "{}" : entry.After)?["reasons"] is JsonArray { Count: > 0 } reasons
                ? " (" + string.Join("; ", reasons.Select(r => r?.GetValue<string>())) + ")"
                : "";
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return "";
        }
    }

    private static List<(string Field, string Before, string After)> Changes(AuditEntry entry)
    {
        try
        {
            var before = JsonSerializer.Deserialize<Dictionary<string, string>>(entry.Before.Length == 0 ? "{}" : entry.Before) ?? [];
            var after = JsonSerializer.Deserialize<Dictionary<string, string>>(entry.After.Length == 0 ? "{}" : entry.After) ?? [];
            return [.. after.Where(kv => !kv.Key.EndsWith("Key", StringComparison.Ordinal))
                .Select(kv => (Label(kv.Key), before.GetValueOrDefault(kv.Key, ""), kv.Value))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string Label(string key) => SystemFields.Editable.FirstOrDefault(f => f.Key == key)?.Label ?? key.Humanize();

    private static string Or(string value) => value.Length == 0 ? "(empty)" : value;
}
