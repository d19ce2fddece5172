namespace AimsBot.Core.Governance.Roadmap;

/// <summary>Who owns a roadmap task (set by an admin): reminded before the task's phase ends while it is not done.</summary>
public sealed class RoadmapOwner
{
    /// <summary>The task id (<c>2.1</c>).</summary>
    public string TaskId { get; set; } = "";

    public string Key { get; set; } = "";

    public string Name { get; set; } = "";
}
