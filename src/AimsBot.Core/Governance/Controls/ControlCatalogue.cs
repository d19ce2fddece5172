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
            .Select(x => (x.Label, Distance: Conversations.CommandText.Distance(probe.ToUpperInvariant(), x.Id.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Label, StringComparer.Ordinal)
            .Take(count)
            .Select(x => x.Label)];
    }
}
