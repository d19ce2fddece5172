using System.Globalization;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Governance.Soa;

/// <summary>What changed between two SoA contents: controls whose applicability, justification or status moved.</summary>
public static class SoaChanges
{
    /// <summary>One line per changed control ("A.6.2.8: status Planned → Implemented; justification changed"), in catalogue order.</summary>
    public static IReadOnlyList<string> Between(SoaDocument? previous, SoaDocument current)
    {
        if (previous is null)
        {
            var c = current.Controls;
            return [string.Create(CultureInfo.InvariantCulture, $"First approved version: {c.Count(e => e.Applicability == Applicability.Applicable)} applicable, {c.Count(e => e.Applicability == Applicability.Excluded)} excluded, {c.Count(e => e.Applicability == Applicability.Unanswered)} unanswered.")];
        }

        var before = previous.Controls.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var entry in current.Controls)
        {
            var old = before.GetValueOrDefault(entry.Id) ?? new SoaEntry { Id = entry.Id };
            var parts = new List<string>();
            if (old.Applicability != entry.Applicability)
            {
                parts.Add($"{ExportFormat.Label(old.Applicability)} → {ExportFormat.Label(entry.Applicability)}");
            }

            if (old.Status != entry.Status && entry.Applicability == Applicability.Applicable)
            {
                parts.Add($"status {ExportFormat.Label(old.Status)} → {ExportFormat.Label(entry.Status)}");
            }

            if (!string.Equals(old.Justification, entry.Justification, StringComparison.Ordinal))
            {
                parts.Add("justification changed");
            }

            if (parts.Count > 0)
            {
                lines.Add($"{entry.Id}: {string.Join("; ", parts)}");
            }
        }

        return lines;
    }

    /// <summary>"3 controls changed: A.6.2.8 (…), …" or "No control changed".</summary>
    public static string Summary(IReadOnlyList<string> changes, int shown = 10)
    {
        if (changes.Count == 1 && changes[0].StartsWith("First", StringComparison.Ordinal))
        {
            return changes[0];
        }

        return changes.Count switch
        {
            0 => "No control's applicability, justification or status changed.",
            1 => "1 control changed: " + changes[0] + ".",
            _ => string.Create(CultureInfo.InvariantCulture, $"{changes.Count} controls changed: {string.Join(" · ", changes.Take(shown))}{(changes.Count > shown ? " · …" : "")}."),
        };
    }
}
