namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The main store's record of the inbox file it works with (that file's generation id).</summary>
public sealed class InboxLinkRecord
{
    public const string Key = "inbox";

    public string Id { get; set; } = Key;

    public string Generation { get; set; } = "";

    public DateTime LinkedAt { get; set; }
}
