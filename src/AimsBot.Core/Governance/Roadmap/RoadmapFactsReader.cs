using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Roadmap;

/// <summary>Reads the derived tasks' facts from the records (inventory, clause work, SoA, audit programme).</summary>
public sealed class RoadmapFactsReader(IAiSystemStore systems, IEnumerable<IClauseWork> clauseWork, IControlStore controls, ControlCatalogue catalogue, IAuditProgrammeStore audits)
{
    public RoadmapFacts Read()
    {
        var inventory = systems.Headers().Where(s => s.Stage != LifecycleStage.Retired).ToList();
        var work = clauseWork.ToList();
        var records = controls.All();
        var events = audits.Events();
        bool Held(AuditKind kind) => events.Any(e => e.Kind == kind && e.HeldAt is not null);
        bool? Clause(string clause) => work.Where(w => w.Clause.StartsWith(clause, StringComparison.Ordinal)).Select(w => (bool?)w.Evaluate().Done).FirstOrDefault();
        return new RoadmapFacts(
            InventoryApproved: inventory.Count > 0 && inventory.All(s => s.Approval != ApprovalStatus.Pending),
            RiskMethodInUse: Clause("6.1.2") ?? false,
            ProductionAssessed: Clause("8.2") ?? false,
            SoaAnswered: catalogue.Controls.All(c => records.TryGetValue(c.Id, out var r) && r.Applicability != Applicability.Unanswered),
            ImpactAssessed: Clause("6.1.4"),
            InternalAuditHeld: Held(AuditKind.InternalAudit),
            ReviewHeld: Held(AuditKind.ManagementReview),
            Stage1Held: Held(AuditKind.Stage1),
            Stage2Held: Held(AuditKind.Stage2),
            FindingsClosed: audits.Findings().All(f => f.Closed));
    }
}
