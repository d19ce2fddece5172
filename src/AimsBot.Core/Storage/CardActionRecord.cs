namespace AimsBot.Core.Storage;

/// <summary>A consumed card instance.</summary>
public sealed class CardActionRecord
{
    public string Id { get; set; } = "";

    public string ActorKey { get; set; } = "";

    public DateTime At { get; set; }
}
