namespace AimsBot.Core.Scheduling;

/// <summary>
/// A kind of record with dates people are reminded of. The planner asks every registered source
/// (SoA reviews and targets, attestations; risks and findings plug in the same way) for the open
/// items dated on or before <c>until</c>; items answered or closed are simply no longer returned.
/// Sources only read the store: the planner is a pure function of the records and the time.
/// </summary>
public interface IDueItemSource
{
    IEnumerable<DueItem> Open(DateTimeOffset now, DateTimeOffset until);
}
