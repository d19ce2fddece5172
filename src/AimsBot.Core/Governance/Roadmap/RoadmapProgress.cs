using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Roadmap;

/// <summary>Each phase's tasks, done or not (derived from the records, or ticked by an admin), and the start date.</summary>
public sealed class RoadmapProgress(IRecordStore<RoadmapRecord> store, RoadmapFactsReader facts)
{
    public RoadmapRecord Record() => store.Find(RoadmapRecord.Key) ?? new RoadmapRecord();

    public void Save(RoadmapRecord record) => store.Upsert(record);

    /// <summary>Every task with whether it is done and whether that came from the records.</summary>
    public IReadOnlyList<(RoadmapPhase Phase, IReadOnlyList<(RoadmapTask Task, bool Done)> Tasks)> Evaluate()
    {
        var record = Record();
        var read = facts.Read();
        return [.. RoadmapPlan.Phases.Select(p => (p, (IReadOnlyList<(RoadmapTask, bool)>)[.. p.Tasks.Select(t => (t, t.Derived is { } derive ? derive(read) : record.Ticked.Contains(t.Id, StringComparer.Ordinal)))]))];
    }

    /// <summary>"Phase 2 Policy and framework extension: 1 of 3 tasks done" per phase.</summary>
    public IReadOnlyList<string> Summary() =>
        [.. Evaluate().Select(p => $"Phase {p.Phase.Number} {p.Phase.Title}: {p.Tasks.Count(t => t.Done)} of {p.Tasks.Count} tasks done")];
}
