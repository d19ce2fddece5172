using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// Changes to the risk register with their rules: anyone raises a risk; the risk owner, the system's
/// owner or an admin plans its treatment; only the treatment owner records progress; acceptance follows
/// the method's criteria. Each change and its audit entry are one transaction.
/// </summary>
public sealed class RiskService(
    RiskMethod method,
    IRiskStore risks,
    IAiSystemStore systems,
    RiskChecks checks,
    IAuditLog audit,
    IUnitOfWork database,
    TimeProvider time)
{
    public RiskMethod Method => method;

    /// <summary>The risk owner, the owner of the system it concerns, or an admin.</summary>
    public bool MayEdit(Actor actor, Risk risk) => MayEdit(actor, risk, risk.SystemId.Length > 0 ? systems.Get(risk.SystemId) : null);

    /// <summary>The risk's owner, the business owner of its AI system (<paramref name="system"/>), or an admin.</summary>
    public static bool MayEdit(Actor actor, Risk risk, AiSystem? system) =>
        actor.IsAdmin || risk.OwnerKey == actor.Key || (system is not null && system.Id == risk.SystemId && system.BusinessOwnerKey == actor.Key);

    public RiskOutcome Raise(Actor actor, RiskDraft draft, string cardId = "")
    {
        if (risks.FindBySourceCard(cardId) is { } existing)
        {
            return RiskOutcome.Done(existing, $"{existing.Id} was already recorded from this card.");
        }

        var errors = checks.Assessment(draft);
        if (draft.SystemId.Length > 0 && checks.SystemProblem(draft.SystemId) is { } problem)
        {
            return RiskOutcome.Refused(problem);
        }

        if (errors.Count > 0)
        {
            return RiskOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var level = method.LevelOf(draft.Likelihood, draft.Impact);
        var owner = draft.Owner ?? new PersonChoice(actor.Key, actor.User.DisplayName);
        var risk = new Risk
        {
            Title = draft.Title.Trim(),
            SystemId = draft.SystemId,
            ImpactAssessmentId = draft.ImpactAssessmentId,
            ImpactHarm = draft.ImpactHarm,
            Source = draft.Source!.Value,
            Scenario = draft.Scenario.Trim(),
            ConsequenceOrganisation = draft.ConsequenceOrganisation.Trim(),
            ConsequenceIndividuals = draft.ConsequenceIndividuals.Trim(),
            ConsequenceSociety = draft.ConsequenceSociety.Trim(),
            Likelihood = draft.Likelihood,
            Impact = draft.Impact,
            Level = level.Name,
            LevelRank = method.RankOf(level.Name),
            ExistingControls = [.. checks.CanonicalControls(draft.ExistingControls, annexAOnly: false)],
            OwnerKey = owner.Key,
            OwnerName = owner.Name,
            Status = RiskStatus.Open,
            MethodVersion = method.Stamp,
            NextReview = RiskMethod.NextReview(level, now),
            RaisedByKey = actor.Key,
            RaisedByName = actor.User.DisplayName,
            RaisedAt = now,
            UpdatedAt = now,
            SourceCardId = cardId,
        };
        database.InTransaction(() =>
        {
            risks.Add(risk);
            return audit.Record(actor, "risk.raised", RiskIds.Entity(risk.Id), null, risk);
        });
        return RiskOutcome.Done(risk, $"{risk.Id} recorded at level {risk.Level}.");
    }

    public RiskOutcome PlanTreatment(Actor actor, string riskId, TreatmentDraft draft)
    {
        if (risks.Get(riskId) is not { } risk)
        {
            return RiskOutcome.Refused($"There is no risk {Markdown.Escape(riskId)}.");
        }

        if (!MayEdit(actor, risk))
        {
            return RiskOutcome.Refused($"Only the owner of {risk.Id} ({Markdown.Escape(risk.OwnerName)}), the owner of its AI system or an AIMS admin can plan its treatment.");
        }

        if (risk.Status == RiskStatus.Closed)
        {
            return RiskOutcome.Refused($"{risk.Id} is closed.");
        }

        var errors = checks.Treatment(risk, draft, time.GetUtcNow());
        if (errors.Count > 0)
        {
            return RiskOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var before = risk.Copy();
        var residual = method.LevelOf(draft.ResidualLikelihood, draft.ResidualImpact);
        var owner = draft.Owner ?? new PersonChoice(actor.Key, actor.User.DisplayName);
        risk.Treatment = new RiskTreatment
        {
            Option = draft.Option!.Value,
            Controls = [.. checks.CanonicalControls(draft.Controls, annexAOnly: true)],
            Plan = draft.Plan.Trim(),
            OwnerKey = owner.Key,
            OwnerName = owner.Name,
            DueDate = draft.DueDate?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ResidualLikelihood = draft.ResidualLikelihood,
            ResidualImpact = draft.ResidualImpact,
            ResidualLevel = residual.Name,
            ResidualRank = method.RankOf(residual.Name),
            PlannedAt = now,
        };
        risk.Status = RiskStatus.TreatmentPlanned;
        risk.Acceptance = null;
        return Save(actor, before, risk, "risk.treatment-planned", $"Treatment of {risk.Id} planned: residual level {residual.Name}.");
    }

    /// <summary>The treatment owner's progress note; <paramref name="done"/> marks the treatment carried out.</summary>
    public RiskOutcome RecordProgress(Actor actor, string riskId, string note, bool done)
    {
        if (risks.Get(riskId) is not { } risk)
        {
            return RiskOutcome.Refused($"There is no risk {Markdown.Escape(riskId)}.");
        }

        if (risk.Treatment is null || risk.Status != RiskStatus.TreatmentPlanned)
        {
            return RiskOutcome.Refused($"{risk.Id} has no treatment in progress.");
        }

        if (risk.Treatment.OwnerKey != actor.Key)
        {
            return RiskOutcome.Refused($"Only the treatment owner of {risk.Id} ({Markdown.Escape(risk.Treatment.OwnerName)}) records its progress.");
        }

        if (note.Trim().Length is 0 or > 1000)
        {
            return RiskOutcome.Invalid(new Dictionary<string, string>(StringComparer.Ordinal) { ["progress"] = "Write what was done (1 to 1000 characters)." });
        }

        var now = time.GetUtcNow().UtcDateTime;
        var before = risk.Copy();
        risk.Treatment.Progress = note.Trim();
        if (done)
        {
            risk.Treatment.CompletedAt = now;
            risk.Status = RiskStatus.Treated;
            risk.NextReview = RiskMethod.NextReview(method.FindLevel(risk.Treatment.ResidualLevel) ?? method.Levels[^1], now);
        }

        return Save(actor, before, risk, done ? "risk.treated" : "risk.treatment-progress", done ? $"{risk.Id} treated: residual level {risk.Treatment.ResidualLevel}." : $"Progress on {risk.Id} recorded.");
    }

    /// <summary>
    /// The risk owner accepts the level in force (residual once treated): done within the owner's
    /// authority, <see cref="RiskOutcomeKind.NeedsCommittee"/> above it, refused where the level may not be accepted.
    /// </summary>
    public RiskOutcome Accept(Actor actor, string riskId, string note)
    {
        if (risks.Get(riskId) is { } owned && owned.OwnerKey != actor.Key)
        {
            return RiskOutcome.Refused($"Only the owner of {owned.Id} ({Markdown.Escape(owned.OwnerName)}) may accept it, or ask the committee to.");
        }

        if (Acceptable(riskId) is { Risk: null } refusal)
        {
            return refusal;
        }

        var risk = risks.Get(riskId)!;
        var level = method.FindLevel(risk.CurrentLevel()) ?? method.Levels[^1];
        if (level.Acceptance == AcceptanceAuthority.Committee)
        {
            return RiskOutcome.NeedsCommittee(risk, $"{risk.Id} is at level {level.Name}: above the owner's authority, so the committee must accept it.");
        }

        return Decide(actor, risk, level, note);
    }

    /// <summary>The committee's acceptance, from the approval flow (which refuses a decider's own request).</summary>
    public RiskOutcome AcceptByCommittee(Actor decider, string riskId, string note)
    {
        if (Acceptable(riskId) is { Risk: null } refusal)
        {
            return refusal;
        }

        if (!decider.IsCommittee)
        {
            return RiskOutcome.Refused("Only a committee member can accept a risk for the committee.");
        }

        var risk = risks.Get(riskId)!;
        return Decide(decider, risk, method.FindLevel(risk.CurrentLevel()) ?? method.Levels[^1], note);
    }

    public RiskOutcome Close(Actor actor, string riskId, string reason)
    {
        if (risks.Get(riskId) is not { } risk)
        {
            return RiskOutcome.Refused($"There is no risk {Markdown.Escape(riskId)}.");
        }

        if (!MayEdit(actor, risk))
        {
            return RiskOutcome.Refused($"Only the owner of {risk.Id} ({Markdown.Escape(risk.OwnerName)}), the owner of its AI system or an AIMS admin can close it.");
        }

        if (reason.Trim().Length is 0 or > 500)
        {
            return RiskOutcome.Refused("Say why the risk is closed (up to 500 characters), for example: **risk close R-0001 the system was retired**.");
        }

        var before = risk.Copy();
        risk.Status = RiskStatus.Closed;
        risk.Acceptance = null;
        return Save(actor, before, risk, "risk.closed", $"{risk.Id} closed: {Markdown.Escape(reason.Trim())}");
    }

    /// <summary>Refused unless the risk exists, is not closed and its level in force may be accepted; otherwise an outcome carrying the risk.</summary>
    private RiskOutcome Acceptable(string riskId)
    {
        if (risks.Get(riskId) is not { } risk)
        {
            return RiskOutcome.Refused($"There is no risk {Markdown.Escape(riskId)}.");
        }

        if (risk.Status is RiskStatus.Closed or RiskStatus.Accepted)
        {
            return RiskOutcome.Refused($"{risk.Id} is {risk.Status.ToString().ToLowerInvariant()} already.");
        }

        if (risk.Status == RiskStatus.TreatmentPlanned)
        {
            return RiskOutcome.Refused($"{risk.Id} has a treatment in progress: its residual level is accepted once the treatment owner records it as done.");
        }

        var level = method.FindLevel(risk.CurrentLevel());
        if (level is null || level.Acceptance == AcceptanceAuthority.NotAcceptable)
        {
            return RiskOutcome.Refused($"{risk.Id} is at level {risk.CurrentLevel()}, which may not be accepted: it can only be treated further until its residual level is lower.");
        }

        return RiskOutcome.Done(risk, "");
    }

    private RiskOutcome Decide(Actor actor, Risk risk, RiskLevelDefinition level, string note)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var before = risk.Copy();
        risk.Status = RiskStatus.Accepted;
        risk.Acceptance = new RiskDecision
        {
            Level = level.Name,
            Authority = level.Acceptance,
            DecidedByKey = actor.Key,
            DecidedByName = actor.User.DisplayName,
            DecidedAt = now,
            Note = note.Trim(),
        };
        risk.NextReview = RiskMethod.NextReview(level, now);
        return Save(actor, before, risk, "risk.accepted", $"{risk.Id} accepted at level {level.Name}.");
    }

    private RiskOutcome Save(Actor actor, Risk before, Risk risk, string action, string message)
    {
        risk.UpdatedAt = time.GetUtcNow().UtcDateTime;
        database.InTransaction(() =>
        {
            risks.Update(risk);
            return audit.Record(actor, action, RiskIds.Entity(risk.Id), before, risk);
        });
        return RiskOutcome.Done(risk, message);
    }
}
