using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Impact;

/// <summary>
/// Records impact assessments and the committee's review of them. A new assessment of a system supersedes
/// the previous version (kept readable); an approved current assessment clears the system's "re-assessment
/// due" mark. Each change and its audit entries are one transaction.
/// </summary>
public sealed class ImpactService(
    ImpactChecks checks,
    IImpactStore impacts,
    IAiSystemStore systems,
    RiskMethod method,
    IAuditLog audit,
    IUnitOfWork database,
    TimeProvider time)
{
    public RiskMethod Method => method;

    /// <summary>Checks, numbers and stores <paramref name="draft"/> (its answers) as the system's newest version.</summary>
    public ImpactOutcome Record(Actor actor, ImpactAssessment draft, string cardId = "")
    {
        if (impacts.FindBySourceCard(cardId) is { } existing)
        {
            return ImpactOutcome.Done(existing, $"{existing.Id} was already recorded from this card.");
        }

        if (checks.Problem(actor, draft.SystemId) is { } problem)
        {
            return ImpactOutcome.Refused(problem);
        }

        var errors = checks.Errors(draft);
        if (errors.Count > 0)
        {
            return ImpactOutcome.Invalid(errors);
        }

        var system = systems.Get(draft.SystemId)!;
        var now = time.GetUtcNow().UtcDateTime;
        var assessment = draft.Copy();
        assessment.SystemName = system.Name;
        assessment.Harms = [.. ImpactDimensions.All.Select(d => Rated(draft.Harms.FirstOrDefault(h => h.Dimension == d) ?? new ImpactHarm { Dimension = d }))];
        assessment.Status = ImpactStatus.InReview;
        assessment.MethodVersion = method.Stamp;
        assessment.NextReview = RiskMethod.NextReview(Worst(assessment), now);
        assessment.AssessedByKey = actor.Key;
        assessment.AssessedByName = actor.User.DisplayName;
        assessment.AssessedAt = now;
        assessment.SourceCardId = cardId;
        assessment.ReviewNote = "";
        assessment.ReviewedByName = "";
        assessment.ReviewedAt = null;

        database.InTransaction(() =>
        {
            var versions = impacts.ForSystem(system.Id);
            var previous = versions.LastOrDefault(v => v.IsCurrent);
            assessment.Version = versions.Count + 1;
            assessment.Supersedes = previous?.Id ?? "";
            assessment.SupersededBy = "";
            impacts.Add(assessment);
            audit.Record(actor, "impact.assessed", ImpactIds.Entity(assessment.Id), null, assessment);
            if (previous is not null)
            {
                previous.SupersededBy = assessment.Id;
                impacts.Update(previous);
                audit.Record(actor, "impact.superseded", ImpactIds.Entity(previous.Id), new { SupersededBy = "" }, new { SupersededBy = assessment.Id });
            }

            return assessment;
        });
        return ImpactOutcome.Done(assessment, $"{assessment.Id} recorded: version {assessment.Version} of the impact assessment of {system.Id}" + (assessment.Supersedes.Length > 0 ? $", superseding {assessment.Supersedes}." : "."));
    }

    /// <summary>
    /// The committee's decision (from the approval flow). Approving the system's current assessment clears
    /// its "re-assessment due" mark. Returns the system when its mark was cleared.
    /// </summary>
    public (ImpactAssessment Assessment, AiSystem? Cleared) Review(Actor decider, ImpactAssessment assessment, ApprovalRequest request)
    {
        var before = assessment.Copy();
        assessment.Status = request.Status switch
        {
            ApprovalStatus.Approved => ImpactStatus.Approved,
            ApprovalStatus.ApprovedWithConditions => ImpactStatus.ApprovedWithConditions,
            _ => ImpactStatus.Rejected,
        };
        assessment.ReviewNote = request.Note;
        assessment.ReviewedByName = string.Join(", ", request.Votes.Select(v => v.DeciderName));
        assessment.ReviewedAt = time.GetUtcNow().UtcDateTime;
        AiSystem? cleared = null;
        database.InTransaction(() =>
        {
            impacts.Update(assessment);
            audit.Record(decider, "impact." + (assessment.IsApproved ? "approved" : "rejected"), ImpactIds.Entity(assessment.Id),
                new { before.Status, before.ReviewNote }, new { assessment.Status, assessment.ReviewNote, assessment.ReviewedByName });
            if (assessment.IsApproved && assessment.IsCurrent && systems.Get(assessment.SystemId) is { ReassessmentDue: true } system)
            {
                var reasons = string.Join("; ", system.ReassessmentReasons);
                system.ReassessmentDue = false;
                system.ReassessmentReasons = [];
                system.ReassessmentMarkedAt = null;
                system.UpdatedAt = assessment.ReviewedAt.Value;
                systems.Update(system);
                audit.Record(decider, "aisystem.reassessment-cleared", "aisystem:" + system.Id,
                    new Dictionary<string, string> { ["reassessmentDue"] = "Yes", ["reassessmentReasons"] = reasons },
                    new Dictionary<string, string> { ["reassessmentDue"] = "No", ["reassessmentReasons"] = "", ["impactAssessment"] = assessment.Id });
                cleared = system;
            }

            return assessment;
        });
        return (assessment, cleared);
    }

    /// <summary>The highest level among the applicable harms (the lowest level when none applies).</summary>
    public RiskLevelDefinition Worst(ImpactAssessment assessment) =>
        assessment.Applicable.Where(h => h.LevelRank > 0).OrderByDescending(h => h.LevelRank).Select(h => method.FindLevel(h.Level)).FirstOrDefault() ?? method.Levels[0];

    private ImpactHarm Rated(ImpactHarm harm)
    {
        var rated = harm.Copy();
        if (!rated.Applies)
        {
            rated.Harm = "";
            rated.Severity = 0;
            rated.Likelihood = 0;
            rated.Reversibility = null;
            rated.Level = "";
            rated.LevelRank = 0;
            return rated;
        }

        var level = method.LevelOf(rated.Likelihood, rated.Severity);
        rated.Harm = rated.Harm.Trim();
        rated.Level = level.Name;
        rated.LevelRank = method.RankOf(level.Name);
        return rated;
    }
}
