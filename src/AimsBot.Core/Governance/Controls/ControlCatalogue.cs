using System.Collections.Frozen;

namespace AimsBot.Core.Governance.Controls;

/// <summary>
/// The shipped catalogue, loaded once at start and validated: the 38 ISO/IEC 42001 controls by
/// objective, the 93 ISO/IEC 27001:2022 controls, the clause table, and lookups by id.
/// </summary>
public sealed class ControlCatalogue
{
    private readonly FrozenDictionary<string, AnnexAControl> _controls;
    private readonly FrozenDictionary<string, Iso27001Control> _iso27001;

    public ControlCatalogue(
        IReadOnlyList<ControlObjective> objectives,
        IReadOnlyList<AnnexAControl> controls,
        IReadOnlyList<Iso27001Control> iso27001,
        IReadOnlyList<ClauseMapping> clauses)
    {
        Objectives = objectives;
        Controls = controls;
        Iso27001 = iso27001;
        Clauses = clauses;
        _controls = controls.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
        _iso27001 = iso27001.ToFrozenDictionary(c => c.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ControlObjective> Objectives { get; }

    /// <summary>The ISO/IEC 42001 Annex A controls in catalogue order.</summary>
    public IReadOnlyList<AnnexAControl> Controls { get; }

    public IReadOnlyList<Iso27001Control> Iso27001 { get; }

    public IReadOnlyList<ClauseMapping> Clauses { get; }

    public AnnexAControl? Find(string id) => _controls.GetValueOrDefault(id);

    public Iso27001Control? FindIso27001(string id) => _iso27001.GetValueOrDefault(id);

    public ControlObjective? FindObjective(string id) =>
        Objectives.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ids (of both standards) closest to what was typed, nearest first.</summary>
    public IReadOnlyList<string> Closest(string typed, int count = 3)
    {
        var probe = ControlId.TryParse(typed, out var parsed, out _) ? parsed : typed.Trim().ToUpperInvariant();
        return [.. _controls.Keys.Select(id => (Id: id, Label: id))
            .Concat(_iso27001.Keys.Where(id => !_controls.ContainsKey(id)).Select(id => (Id: id, Label: "27001:" + id)))
            .Select(x => (x.Label, Distance: Conversations.CommandText.Distance(probe.ToUpperInvariant(), x.Id.ToUpperInvariant()), Numeric: NumericDistance(probe, x.Id)))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Numeric)
            .ThenBy(x => x.Label, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Label)];
    }

    /// <summary>How far apart two ids are number by number (A.6.2.9 is nearer A.6.2.8 than A.6.2.2).</summary>
    private static int NumericDistance(string a, string b)
    {
        static int[] Parts(string id) => [.. id.Split('.').Select(p => int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)];
        var (left, right) = (Parts(a), Parts(b));
        var total = 0;
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var weight = 1 << (2 * Math.Max(0, 3 - i));
            total += weight * Math.Abs((i < left.Length ? left[i] : 0) - (i < right.Length ? right[i] : 0));
        }

        return total;
    }
}
