namespace AimsBot.Core.Scheduling;

/// <summary>Someone the bot has something for but could not reach (no chat, and opening one failed).</summary>
public sealed class UnreachablePerson
{
    /// <summary>The user key.</summary>
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTime Since { get; set; }

    public DateTime LastTriedAt { get; set; }
}
