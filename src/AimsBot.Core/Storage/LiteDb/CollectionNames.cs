namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The LiteDB collections, in one place.</summary>
public static class CollectionNames
{
    public const string AiSystems = "ai_systems";
    public const string Counters = "counters";
    public const string DialogState = "dialog_state";
    public const string Conversations = "conversations";
    public const string Users = "users";
    public const string Inbox = "inbox";
    public const string InboxBatches = "inbox_batches";
    public const string InboxMeta = "inbox_meta";
    public const string InboxLink = "inbox_link";
    public const string ProcessedTurns = "processed_turns";
    public const string Outbox = "outbox";
    public const string Audit = "audit";
    public const string CardActions = "card_actions";
}
