namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The inbox file's one record about itself: the generation id made when the file was created, and
/// how far the processor has run its turns (written after each batch commits in the main store, so it
/// never runs ahead of the main store's own record).
/// </summary>
public sealed class InboxMeta
{
    public const string Key = "inbox";

    public string Id { get; set; } = Key;

    public string Generation { get; set; } = "";

    public long ProcessedMark { get; set; }
}
