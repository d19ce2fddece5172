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

    public static JsonArray Facts(IReadOnlyList<AuditEntry> entries, DateTimeOffset now)
    {
        var facts = new List<JsonObject>();
        foreach (var entry in entries)
        {
            var when = new DateTimeOffset(entry.At, TimeSpan.Zero).Humanize(now);
            var action = entry.Action.Replace("aisystem.", "", StringComparison.Ordinal);
            if (action is "edited" or "retired" && Changes(entry) is { Count: > 0 } changes)
            {
                foreach (var (field, before, after) in changes)
                {
                    facts.Add(SystemView.Fact(when, $"{field}: {Or(before)} → {Or(after)} ({entry.ActorName})"));
                }
            }
            else
            {
                facts.Add(SystemView.Fact(when, $"{action.Humanize()} by {entry.ActorName}"));
            }
        }

        return new JsonArray([.. facts.TakeLast(Shown)]);
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
