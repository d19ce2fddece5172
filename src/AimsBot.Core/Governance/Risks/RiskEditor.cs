using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Storage;

namespace AimsBot.Core.Governance.Risks;

/// <summary>
/// <c>risk edit</c>: changes to a risk's assessment by its owner, the owner of its AI system or an admin.
/// Only changed fields are saved, each with its before and after in the audit log; a new rating is
/// stamped with the method in force and moves the review date; an acceptance of a level that changed is withdrawn.
/// </summary>
public sealed class RiskEditor(RiskMethod method, IRiskStore risks, RiskChecks checks, RiskService service, IAuditLog audit, IUnitOfWork database, TimeProvider time)
{
    /// <summary>Why <paramref name="actor"/> may not edit the risk now, or null.</summary>
    public string? Problem(Actor actor, Risk risk)
    {
        if (!service.MayEdit(actor, risk))
        {
            return $"Only the owner of {risk.Id} ({Markdown.Escape(risk.OwnerName)}), the owner of its AI system or an AIMS admin can edit it.";
        }

        return risk.Status == RiskStatus.Closed ? $"{risk.Id} is closed, so it is no longer edited. Raise a new risk with **risk new** if it applies again." : null;
    }

    public RiskOutcome Edit(Actor actor, string riskId, RiskDraft draft)
    {
        if (risks.Get(riskId) is not { } risk)
        {
            return RiskOutcome.Refused($"There is no risk {Markdown.Escape(riskId)}.");
        }

        if (Problem(actor, risk) is { } problem)
        {
            return RiskOutcome.Refused(problem);
        }

        var errors = checks.Assessment(draft with { SystemId = risk.SystemId });
        if (errors.Count > 0)
        {
            return RiskOutcome.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var after = risk.Copy();
        after.Title = draft.Title.Trim();
        after.Source = draft.Source!.Value;
        after.Scenario = draft.Scenario.Trim();
        after.ConsequenceOrganisation = draft.ConsequenceOrganisation.Trim();
        after.ConsequenceIndividuals = draft.ConsequenceIndividuals.Trim();
        after.ConsequenceSociety = draft.ConsequenceSociety.Trim();
        after.ExistingControls = [.. checks.CanonicalControls(draft.ExistingControls, annexAOnly: false)];
        if (draft.Owner is { } owner)
        {
            after.OwnerKey = owner.Key;
            after.OwnerName = owner.Name;
        }

        var notes = new List<string>();
        if (draft.Likelihood != risk.Likelihood || draft.Impact != risk.Impact)
        {
            var level = method.LevelOf(draft.Likelihood, draft.Impact);
            after.Likelihood = draft.Likelihood;
            after.Impact = draft.Impact;
            after.Level = level.Name;
            after.LevelRank = method.RankOf(level.Name);
            after.MethodVersion = method.Stamp;
            if (!after.HasResidual())
            {
                after.NextReview = RiskMethod.NextReview(level, now);
            }

            if (after.Level != risk.Level && risk.Status == RiskStatus.Accepted && !risk.HasResidual())
            {
                after.Status = RiskStatus.Open;
                after.Acceptance = null;
                notes.Add($"its acceptance at level {risk.Level} was withdrawn: accept it again at level {after.Level} if that holds");
            }
        }

        var changes = Fields(risk).Where(f => Fields(after)[f.Key] != f.Value).Select(f => f.Key).ToList();
        if (changes.Count == 0)
        {
            return RiskOutcome.Done(risk, $"Nothing changed in {risk.Id}.") with { Unchanged = true };
        }

        after.UpdatedAt = now;
        var before = Fields(risk);
        var changed = Fields(after);
        database.InTransaction(() =>
        {
            risks.Update(after);
            return audit.Record(actor, "risk.edited", RiskIds.Entity(risk.Id),
                changes.ToDictionary(k => k, k => before[k], StringComparer.Ordinal),
                changes.ToDictionary(k => k, k => changed[k], StringComparer.Ordinal));
        });
        var message = string.Create(CultureInfo.InvariantCulture, $"Saved {changes.Count} change{(changes.Count == 1 ? "" : "s")} to {risk.Id} ({string.Join(", ", changes)})");
        return RiskOutcome.Done(after, message + (notes.Count > 0 ? "; " + string.Join("; ", notes) : "") + ".");
    }

    /// <summary>The assessment fields as the audit log records them.</summary>
    private static Dictionary<string, string> Fields(Risk r) => new(StringComparer.Ordinal)
    {
        ["title"] = r.Title,
        ["source"] = r.Source.ToString(),
        ["scenario"] = r.Scenario,
        ["consequenceOrganisation"] = r.ConsequenceOrganisation,
        ["consequenceIndividuals"] = r.ConsequenceIndividuals,
        ["consequenceSociety"] = r.ConsequenceSociety,
        ["likelihood"] = r.Likelihood.ToString(CultureInfo.InvariantCulture),
        ["impact"] = r.Impact.ToString(CultureInfo.InvariantCulture),
        ["level"] = r.Level,
        ["existingControls"] = string.Join(", ", r.ExistingControls),
        ["owner"] = r.OwnerName,
        ["ownerKey"] = r.OwnerKey,
        ["status"] = r.Status.ToString(),
    };
}
