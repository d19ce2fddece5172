using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Governance.Attestations;

/// <summary>Periodic attestations of approved systems in production.</summary>
public sealed class AttestationOptions
{
    public const string SectionName = "Attestation";

    /// <summary>The most a person may snooze one attestation.</summary>
    public const int MaxSnoozes = 2;

    /// <summary>How often an owner attests (quarterly by default).</summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "730.00:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromDays(91);

    /// <summary>
    /// Shorter periods by risk level name (<c>Critical</c>, from <c>Risk:Levels</c>: the system's highest
    /// open risk) or EU AI Act category kind (<c>high-risk</c>, <c>prohibited</c>, <c>transparency</c>,
    /// <c>general-purpose</c>, <c>minimal</c>); the shortest that matches applies.
    /// </summary>
    public Dictionary<string, TimeSpan> Periods { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Overdue this long: reminded again with the business owner copied; twice this long: reported to the committee.</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "90.00:00:00")]
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromDays(7);
}
