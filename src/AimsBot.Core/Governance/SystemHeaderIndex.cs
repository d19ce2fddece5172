namespace AimsBot.Core.Governance;

/// <summary>
/// The inventory's headers in memory, in id order. Reading them hands out one shared, immutable snapshot
/// (rebuilt only after a write), so a planner tick or a digest costs no copy of ten thousand entries.
/// Not thread-safe: the store calls it under its lock.
/// </summary>
public sealed class SystemHeaderIndex
{
    private readonly SortedDictionary<int, SystemHeader> _headers = [];
    private System.Collections.ObjectModel.ReadOnlyCollection<SystemHeader>? _snapshot;

    public int Count => _headers.Count;

    public void Set(AiSystem system)
    {
        _headers[system.Number] = SystemHeader.Of(system);
        _snapshot = null;
    }

    /// <summary>Every header, in id (number) order; the same array until the next write.</summary>
    public IReadOnlyList<SystemHeader> Headers() => _snapshot ??= Array.AsReadOnly([.. _headers.Values]);
}
