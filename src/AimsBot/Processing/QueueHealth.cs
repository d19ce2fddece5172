namespace AimsBot.Processing;

/// <summary>What <c>/healthz</c> reports: turns waiting to be processed, replies waiting to be sent, and dead letters.</summary>
public sealed record QueueHealth(string Status, int InboxPending, int OutboxPending, int OutboxDead);
