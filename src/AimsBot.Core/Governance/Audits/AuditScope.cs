using System.Text.RegularExpressions;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Audits;

/// <summary>
/// The scope of an audit as people type it: management-system clauses of both standards (<c>4</c> to
/// <c>10</c>, <c>9.2</c>, <c>6.1.4</c>), ISO/IEC 42001 objectives and controls (<c>A.6</c>, <c>A.6.2.8</c>)
/// and ISO 27001 controls (<c>27001:A.8.15</c>); and what it covers, control by control.
/// </summary>
public sealed partial class AuditScope(ControlCatalogue catalogue)
{
    /// <summary>The management-system clauses common to both standards (the harmonised structure).</summary>
    public static readonly IReadOnlyList<string> Clauses = ["4", "5", "6", "7", "8", "9", "10"];

    /// <summary>Every ISO/IEC 42001 objective.</summary>
    public IReadOnlyList<string> AllObjectives => [.. catalogue.Objectives.Select(o => o.Id)];

    public ControlCatalogue Catalogue => catalogue;

    /// <summary>Reads the scope words; on an unknown word, <paramref name="error"/> says which.</summary>
    public bool TryParse(string text, out List<string> scope, out string error)
    {
        scope = [];
        error = "";
        foreach (var word in text.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Canonical(word) is not { } id)
            {
                error = $"“{Conversations.Markdown.Escape(word.Length > 40 ? word[..40] + "…" : word)}” is not a clause (4 to 10, 9.2), an ISO/IEC 42001 objective or control (A.6, A.6.2.8) or an ISO 27001 control (27001:A.8.15).";
                return false;
            }

            if (!scope.Contains(id, StringComparer.Ordinal))
            {
                scope.Add(id);
            }
        }

        if (scope.Count == 0)
        {
            error = "Name the scope, for example **9.2 A.6 27001:A.8.15**.";
            return false;
        }

        return true;
    }

    /// <summary>The ISO/IEC 42001 controls in scope (objectives expanded), in catalogue order.</summary>
    public IReadOnlyList<AnnexAControl> Iso42001(IReadOnlyList<string> scope) =>
        [.. catalogue.Controls.Where(c => scope.Any(s => string.Equals(s, c.Id, StringComparison.Ordinal)
            || string.Equals(s, c.Objective.Id, StringComparison.Ordinal)
            || (c.Part is { } part && string.Equals(s, part.Id, StringComparison.Ordinal))))];

    /// <summary>The clauses in scope.</summary>
    public static IReadOnlyList<string> ClausesOf(IReadOnlyList<string> scope) => [.. scope.Where(s => ClausePattern().IsMatch(s))];

    /// <summary>ISO 27001 controls named in scope on their own (<c>27001:A.8.15</c> → <c>A.8.15</c>).</summary>
    public static IReadOnlyList<string> Iso27001Named(IReadOnlyList<string> scope) =>
        [.. scope.Where(s => s.StartsWith("27001:", StringComparison.Ordinal)).Select(s => s["27001:".Length..])];

    private string? Canonical(string word)
    {
        if (word.Length > 40)
        {
            return null;
        }

        if (ClausePattern().IsMatch(word) && int.Parse(word.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture) is >= 4 and <= 10)
        {
            return word;
        }

        var objectiveId = ObjectiveId(word);
        if (catalogue.Objectives.SelectMany(o => o.Parts.Prepend(o)).FirstOrDefault(o => string.Equals(o.Id, objectiveId, StringComparison.Ordinal)) is { } objective
            && !word.StartsWith("27001", StringComparison.Ordinal))
        {
            return objective.Id;
        }

        if (!ControlId.TryParse(word, out var id, out var standard))
        {
            return null;
        }

        if (standard != ControlStandard.Iso27001 && catalogue.Find(id) is { } control)
        {
            return control.Id;
        }

        return standard != ControlStandard.Iso42001 && catalogue.FindIso27001(id) is { } iso ? "27001:" + iso.Id : null;
    }

    private static string ObjectiveId(string word)
    {
        var trimmed = word.Trim().ToUpperInvariant();
        return trimmed.StartsWith("A.", StringComparison.Ordinal) ? trimmed : "A." + trimmed.TrimStart('A');
    }

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,2}$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex ClausePattern();
}
