using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Roadmap;

/// <summary>The integration roadmap's start date and the tasks an admin ticked (one record).</summary>
public sealed class RoadmapRecord : IStoredRecord
{
    public const string Key = "roadmap";

    /// <summary>The record store's collection.</summary>
    public const string Collection = "roadmap";

    public string Id { get; set; } = Key;

    public DateTime CreatedAt { get; set; }

    /// <summary>The Monday of week 1 (UTC midnight), null until an admin sets it.</summary>
    public DateTime? StartsOn { get; set; }

    /// <summary>Task ids ticked by hand (<c>2.1</c>).</summary>
    public List<string> Ticked { get; set; } = [];

    /// <summary>Task owners (DOMAIN: "each phase has tasks with owners"), one per task at most.</summary>
    public List<RoadmapOwner> Owners { get; set; } = [];
}
