using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Governance;

/// <summary>
/// What the planner, the digests, attestation lists and the roadmap need of one AI system, kept in memory
/// by the store (<see cref="SystemHeaderIndex"/>) so they do not read every document on each call.
/// </summary>
public sealed record SystemHeader(string Id, int Number, string Name, LifecycleStage Stage, ApprovalStatus Approval)
{
    public string RequesterKey { get; init; } = "";

    public string RequesterName { get; init; } = "";

    public string BusinessOwnerKey { get; init; } = "";

    public DateTime RegisteredAt { get; init; }

    public DateTime? DecidedAt { get; init; }

    public DateTime? LastAttestedAt { get; init; }

    public DateTime? AttestationSnoozedUntil { get; init; }

    public int AttestationSnoozes { get; init; }

    public string AttestationDelegateKey { get; init; } = "";

    public string AttestationDelegateName { get; init; } = "";

    /// <summary>The EU AI Act category id, empty until classified.</summary>
    public string EuAiActCategory { get; init; } = "";

    /// <summary>An impact assessment is required (<see cref="ImpactAssessmentRequirement"/>).</summary>
    public bool ImpactRequired { get; init; }

    public static SystemHeader Of(AiSystem system) => new(system.Id, system.Number, system.Name, system.Stage, system.Approval)
    {
        RequesterKey = system.RequesterKey,
        RequesterName = system.RequesterName,
        BusinessOwnerKey = system.BusinessOwnerKey,
        RegisteredAt = system.RegisteredAt,
        DecidedAt = system.DecidedAt,
        LastAttestedAt = system.LastAttestedAt,
        AttestationSnoozedUntil = system.AttestationSnoozedUntil,
        AttestationSnoozes = system.AttestationSnoozes,
        AttestationDelegateKey = system.AttestationDelegateKey,
        AttestationDelegateName = system.AttestationDelegateName,
        EuAiActCategory = system.EuAiActCategory,
        ImpactRequired = ImpactAssessmentRequirement.IsRequired(system),
    };
}
