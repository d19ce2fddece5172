using AimsBot.Core.Governance.Controls;
using Humanizer;

namespace AimsBot.Core.Governance.Impact;

/// <summary>
/// 6.1.4 and 8.4: the impact assessment procedure is in use: every approved, unretired AI system that
/// needs an impact assessment has a current one the committee approved.
/// </summary>
public sealed class ImpactProcedureInUse(IAiSystemStore systems, IImpactStore impacts) : IClauseWork
{
    public string Clause => "8.4";

    public string Title => "Impact assessed for every AI system that needs it";

    public ClauseWorkState Evaluate()
    {
        var needing = systems.Headers()
            .Where(s => s.Stage != LifecycleStage.Retired && s.Approval is ApprovalStatus.Approved or ApprovalStatus.ApprovedWithConditions && s.ImpactRequired)
            .Select(s => s.Id)
            .ToList();
        if (needing.Count == 0)
        {
            return new ClauseWorkState(false, "No approved AI system needs an impact assessment yet.");
        }

        var approved = impacts.All().Where(a => a.IsCurrent && a.IsApproved).Select(a => a.SystemId).ToHashSet(StringComparer.Ordinal);
        var missing = needing.Where(id => !approved.Contains(id)).ToList();
        return missing.Count == 0
            ? new ClauseWorkState(true, $"All {"system".ToQuantity(needing.Count)} that need one have an approved impact assessment.")
            : new ClauseWorkState(false, $"{missing.Count} of {"system".ToQuantity(needing.Count)} that need one without an approved impact assessment: {string.Join(", ", missing.Take(8))}{(missing.Count > 8 ? ", …" : "")}.");
    }
}
