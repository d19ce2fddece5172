namespace AimsBot.Core.Storage.LiteDb;

/// <summary>A named, ever-increasing sequence (ids are never reused).</summary>
public sealed class Counter
{
    public string Id { get; set; } = "";

    public int Value { get; set; }
}
