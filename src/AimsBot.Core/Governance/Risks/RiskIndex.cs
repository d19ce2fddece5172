namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// The risk register's headers in memory: lists (filtered, highest level first), heat-map counts and
/// the control links answer from here without reading every document. Not thread-safe: the store
/// calls it under its lock.
/// </summary>
public sealed class RiskIndex
{
    private readonly Dictionary<string, RiskHeader> _headers = new(StringComparer.Ordinal);

    public int Count => _headers.Count;

    private System.Collections.ObjectModel.ReadOnlyCollection<RiskHeader>? _snapshot;
    private System.Collections.ObjectModel.ReadOnlySet<string>? _systemsWithRisks;

    public void Set(Risk risk)
    {
        _headers[risk.Id] = RiskHeader.Of(risk);
        _snapshot = null;
        _systemsWithRisks = null;
    }

    /// <summary>A snapshot of every header: the same one until the next write, so readers share it instead of copying.</summary>
    public IReadOnlyList<RiskHeader> Headers() => _snapshot ??= Array.AsReadOnly([.. _headers.Values]);

    /// <summary>Ids of the matching risks, level in force highest first, then newest first.</summary>
    public (IReadOnlyList<string> Ids, int Total) Find(RiskFilter filter, int skip, int take)
    {
        var words = (filter.Keyword ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var wanted = skip + take;

        // Only the first skip + take in order are needed: keep them in a heap whose top is the last of them,
        // instead of sorting every match (a page of "risks high" would otherwise sort tens of thousands).
        var kept = new PriorityQueue<RiskHeader, RiskHeader>(Math.Min(wanted, 1024) + 1, Later);
        var total = 0;
        foreach (var h in _headers.Values)
        {
            if (!Matches(h, filter, words))
            {
                continue;
            }

            total++;
            if (kept.Count < wanted)
            {
                kept.Enqueue(h, h);
            }
            else if (wanted > 0 && Listed(h, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(h, h);
            }
        }

        var first = new List<RiskHeader>(kept.Count);
        while (kept.TryDequeue(out var h, out _))
        {
            first.Add(h);
        }

        first.Reverse();
        return ([.. first.Skip(skip).Select(h => h.Id)], total);
    }

    /// <summary>List order: level in force highest first, then newest first.</summary>
    private static int Listed(RiskHeader a, RiskHeader b) =>
        a.CurrentRank != b.CurrentRank ? b.CurrentRank.CompareTo(a.CurrentRank) : b.Number.CompareTo(a.Number);

    /// <summary>The heap's order: the risk listed last comes out first.</summary>
    private static readonly IComparer<RiskHeader> Later = Comparer<RiskHeader>.Create(static (a, b) => Listed(b, a));

    public RiskGrid Grid(string? systemId, int likelihoods, int impacts)
    {
        var inherent = new int[likelihoods, impacts];
        var residual = new int[likelihoods, impacts];
        var total = 0;
        foreach (var h in _headers.Values)
        {
            if (h.Status == RiskStatus.Closed || (systemId is not null && !string.Equals(h.SystemId, systemId, StringComparison.Ordinal)))
            {
                continue;
            }

            total++;
            if (InGrid(h.Likelihood, h.Impact, likelihoods, impacts))
            {
                inherent[h.Likelihood - 1, h.Impact - 1]++;
            }

            if (InGrid(h.ResidualLikelihood, h.ResidualImpact, likelihoods, impacts))
            {
                residual[h.ResidualLikelihood - 1, h.ResidualImpact - 1]++;
            }
        }

        return new RiskGrid(inherent, residual, total);
    }

    /// <summary>Control id to the active risks whose treatment chose it, in id order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> TreatmentLinks() => _headers.Values
        .SelectMany(h => h.TreatmentControls.Select(c => (Control: c, h.Number, h.Id)))
        .GroupBy(x => x.Control, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderBy(x => x.Number).Select(x => x.Id)], StringComparer.Ordinal);

    public IReadOnlyList<string> TreatedBy(string controlId) => [.. _headers.Values
        .Where(h => h.TreatmentControls.Contains(controlId, StringComparer.Ordinal))
        .OrderBy(h => h.Number)
        .Select(h => h.Id)];

    /// <summary>The systems that have at least one risk that is not closed: the same set until the next write (the roadmap asks several times a digest).</summary>
    public IReadOnlySet<string> SystemsWithRisks() => _systemsWithRisks ??= new(_headers.Values
        .Where(h => h.Status != RiskStatus.Closed && h.SystemId.Length > 0)
        .Select(h => h.SystemId)
        .ToHashSet(StringComparer.Ordinal));

    private static bool InGrid(int likelihood, int impact, int likelihoods, int impacts) =>
        likelihood >= 1 && likelihood <= likelihoods && impact >= 1 && impact <= impacts;

    private static bool Matches(RiskHeader h, RiskFilter filter, string[] words)
    {
        if (!filter.IncludeClosed && h.Status == RiskStatus.Closed && filter.Statuses?.Contains(RiskStatus.Closed) != true)
        {
            return false;
        }

        return (filter.PersonKey is not { } person || h.OwnerKey == person || h.TreatmentOwnerKey == person || h.RaisedByKey == person)
            && (filter.Statuses is not { } statuses || statuses.Contains(h.Status))
            && h.CurrentRank >= filter.MinRank
            && (filter.ExactRank == 0 || h.CurrentRank == filter.ExactRank)
            && (filter.SystemId is not { } system || string.Equals(h.SystemId, system, StringComparison.Ordinal))
            && (filter.OverdueAt is not { } now || h.IsOverdue(now))
            && words.All(w => h.Title.Contains(w, StringComparison.OrdinalIgnoreCase) || string.Equals(h.Id, w, StringComparison.OrdinalIgnoreCase));
    }
}
