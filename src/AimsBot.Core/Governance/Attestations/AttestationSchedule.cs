using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Attestations;

/// <summary>Which systems owe an attestation, and when: approved, in production, one period after the last attestation (or the approval).</summary>
public sealed class AttestationSchedule(IOptionsMonitor<AttestationOptions> options)
{
    public AttestationOptions Options => options.CurrentValue;

    public static bool Applies(AiSystem system) =>
        system.Stage == LifecycleStage.InProduction && system.Approval is ApprovalStatus.Approved or ApprovalStatus.ApprovedWithConditions;

    /// <summary>The next due date, or null when the system owes none.</summary>
    public DateTimeOffset? NextDue(AiSystem system)
    {
        if (!Applies(system))
        {
            return null;
        }

        var from = system.LastAttestedAt ?? system.DecidedAt ?? system.RegisteredAt;
        return new DateTimeOffset(DateTime.SpecifyKind(from, DateTimeKind.Utc)) + options.CurrentValue.Period;
    }
}
