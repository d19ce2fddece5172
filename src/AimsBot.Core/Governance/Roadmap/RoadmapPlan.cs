namespace AimsBot.Core.Governance.Roadmap;

/// <summary>The seed's five phases over 24 weeks (DOMAIN.md), with their tasks.</summary>
public static class RoadmapPlan
{
    public static IReadOnlyList<RoadmapPhase> Phases { get; } =
    [
        new(1, "Discovery and gap analysis", 1, 4,
        [
            new("1.1", "AI system inventory registered and decided", f => f.InventoryApproved),
            new("1.2", "Gap analysis of the ISMS against ISO/IEC 42001 (type gap)"),
            new("1.3", "Stakeholders and AI roles identified"),
        ]),
        new(2, "Policy and framework extension", 5, 8,
        [
            new("2.1", "AI policy written and approved"),
            new("2.2", "AI risk method defined and in use", f => f.RiskMethodInUse),
            new("2.3", "Impact assessment method defined and used", f => f.ImpactAssessed ?? false),
        ]),
        new(3, "Control implementation", 9, 16,
        [
            new("3.1", "Statement of Applicability answered for all 38 controls", f => f.SoaAnswered),
            new("3.2", "Risks assessed for every production AI system", f => f.ProductionAssessed),
            new("3.3", "Bias testing, monitoring and human oversight procedures in place"),
            new("3.4", "Transparency documentation (model cards) published"),
        ]),
        new(4, "Integration and testing", 17, 20,
        [
            new("4.1", "Integrated internal audit held", f => f.InternalAuditHeld),
            new("4.2", "Unified management review held", f => f.ReviewHeld),
            new("4.3", "Audit findings addressed", f => f.InternalAuditHeld && f.FindingsClosed),
        ]),
        new(5, "Certification", 21, 24,
        [
            new("5.1", "Certification body engaged"),
            new("5.2", "Stage 1 audit held", f => f.Stage1Held),
            new("5.3", "Stage 2 audit held", f => f.Stage2Held),
        ]),
    ];

    public static RoadmapTask? Find(string id) => Phases.SelectMany(p => p.Tasks).FirstOrDefault(t => t.Id == id.Trim());
}
