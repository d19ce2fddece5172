namespace AimsBot.Core.Governance.Roadmap;

/// <summary>One task of a roadmap phase: derived from the records when <see cref="Derived"/> is set, else ticked by an admin.</summary>
public sealed record RoadmapTask(string Id, string Title, Func<RoadmapFacts, bool>? Derived = null);

/// <summary>One of the five phases of the seed's 24-week integration roadmap.</summary>
public sealed record RoadmapPhase(int Number, string Title, int FirstWeek, int LastWeek, IReadOnlyList<RoadmapTask> Tasks);

/// <summary>What the records say, for the derived tasks.</summary>
public sealed record RoadmapFacts(bool InventoryApproved, bool RiskMethodInUse, bool ProductionAssessed, bool SoaAnswered, bool? ImpactAssessed, bool InternalAuditHeld, bool ReviewHeld, bool Stage1Held, bool Stage2Held, bool FindingsClosed);
