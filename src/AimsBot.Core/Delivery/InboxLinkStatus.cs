namespace AimsBot.Core.Delivery;

/// <summary>What <see cref="InboxLinker"/> found at start (shown by <c>/healthz</c> until the host restarts).</summary>
public sealed class InboxLinkStatus
{
    private volatile Snapshot _current = new(InboxLinkState.Matched, "", null);

    public InboxLinkState State => _current.State;

    public string Generation => _current.Generation;

    /// <summary>What an operator should know (null when the files matched).</summary>
    public string? Notice => _current.Notice;

    public void Set(InboxLinkState state, string generation, string? notice) => _current = new Snapshot(state, generation, notice);

    private sealed record Snapshot(InboxLinkState State, string Generation, string? Notice);
}
