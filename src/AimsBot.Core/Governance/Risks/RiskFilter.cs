namespace AimsBot.Core.Governance.Risks;

/// <summary>Which risks a list shows; every set criterion must hold. Closed risks are left out unless asked for.</summary>
public sealed record RiskFilter
{
    /// <summary>Risks this person owns, treats or raised.</summary>
    public string? PersonKey { get; init; }

    /// <summary>Only these statuses.</summary>
    public IReadOnlyList<RiskStatus>? Statuses { get; init; }

    /// <summary>Only risks whose level in force has at least this rank.</summary>
    public int MinRank { get; init; }

    /// <summary>Only risks whose level in force has exactly this rank.</summary>
    public int ExactRank { get; init; }

    /// <summary>Only risks of this AI system (<c>AI-0001</c>).</summary>
    public string? SystemId { get; init; }

    /// <summary>Only risks whose title contains every word (case-insensitive).</summary>
    public string? Keyword { get; init; }

    /// <summary>Only risks overdue at this time: review date passed, or a planned treatment past its due date.</summary>
    public DateTime? OverdueAt { get; init; }

    public bool IncludeClosed { get; init; }
}
