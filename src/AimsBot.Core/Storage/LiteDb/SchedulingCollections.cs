namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The scheduler's LiteDB collections.</summary>
public static class SchedulingCollections
{
    public const string Ledger = "schedule_ledger";
    public const string UserSettings = "user_settings";
    public const string Unreachable = "unreachable_people";
    public const string Attestations = "attestations";
    public const string AttestationTasks = "attestation_tasks";
}
