using AimsBot.Core.Governance.Roadmap;

namespace AimsBot.Core.Scheduling;

/// <summary>
/// Roadmap tasks with owners: each owner is reminded of their task, while it is not done, before its phase ends
/// (the reminder steps count back from the phase's last day). Nothing is read further while no task has an owner
/// or the roadmap has no start date.
/// </summary>
public sealed class RoadmapDueSource(RoadmapProgress progress) : IDueItemSource
{
    public const string Kind = "roadmap";

    public IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until)
    {
        var record = progress.Record();
        if (record.StartsOn is not { } start || record.Owners.Count == 0)
        {
            yield break;
        }

        var owners = record.Owners.Where(o => o.Key.Length > 0).ToDictionary(o => o.TaskId, StringComparer.Ordinal);
        foreach (var (phase, tasks) in progress.Evaluate())
        {
            var ends = new DateTimeOffset(DateTime.SpecifyKind(start, DateTimeKind.Utc).AddDays(phase.LastWeek * 7));
            if (ends > until)
            {
                continue;
            }

            foreach (var (task, done) in tasks)
            {
                if (!done && owners.TryGetValue(task.Id, out var owner))
                {
                    yield return new DueItem(Kind, task.Id, () => $"Roadmap task {task.Id} {task.Title} (phase {phase.Number} ends; **roadmap**)", ends, owner.Key) { OwnerName = owner.Name };
                }
            }
        }
    }
}
