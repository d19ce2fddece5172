namespace AimsBot.Core.Governance;

/// <summary>The AI system inventory.</summary>
public interface IAiSystemStore
{
    /// <summary>Gives the draft the next id (<c>AI-0001</c>, never reused) and stores it.</summary>
    AiSystem Add(AiSystem draft);

    AiSystem? Get(string id);

    /// <summary>The system a card instance created, if it did.</summary>
    AiSystem? FindBySourceCard(string cardId);

    /// <summary>Systems whose normalised name equals or closely resembles this one.</summary>
    IReadOnlyList<AiSystem> FindSimilar(string name);

    /// <summary>One page, newest first; optionally only those a person requested or owns; retired systems only when asked.</summary>
    IReadOnlyList<AiSystem> List(int skip, int take, string? personKey = null, bool includeRetired = false);

    int Count(string? personKey = null, bool includeRetired = false);

    void Update(AiSystem system);

    /// <summary>Every system, in id order (exports).</summary>
    IEnumerable<AiSystem> All();

    /// <summary>
    /// Every system's header, in id order: what the planner, digests and lists need, without reading every
    /// document (an engine that serves one process keeps them in memory).
    /// </summary>
    IReadOnlyList<SystemHeader> Headers();
}
