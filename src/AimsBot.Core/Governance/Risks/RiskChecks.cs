using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Risks;

/// <summary>The field rules of a risk assessment and a treatment plan, with errors keyed by the form's field ids.</summary>
public sealed class RiskChecks(RiskMethod method, ControlCatalogue catalogue, IControlStore controls, IAiSystemStore systems)
{
    public const int MaxTitle = 120;
    public const int MaxScenario = 2000;
    public const int MaxConsequence = 1000;
    public const int MaxControls = 20;

    public Dictionary<string, string> Assessment(RiskDraft draft)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Text(errors, "title", "A short title", draft.Title, MaxTitle);
        if (draft.Source is null)
        {
            errors["source"] = "Choose where the risk comes from.";
        }

        Text(errors, "scenario", "The scenario (cause, event, consequence)", draft.Scenario, MaxScenario);
        Text(errors, "consequenceOrganisation", "The consequence for the organisation (or “none”)", draft.ConsequenceOrganisation, MaxConsequence);
        Text(errors, "consequenceIndividuals", "The consequence for individuals (or “none”)", draft.ConsequenceIndividuals, MaxConsequence);
        Text(errors, "consequenceSociety", "The consequence for society (or “none”)", draft.ConsequenceSociety, MaxConsequence);
        Scales(errors, "likelihood", "impact", draft.Likelihood, draft.Impact);
        Controls(errors, "existingControls", draft.ExistingControls, annexAOnly: false);
        return errors;
    }

    public Dictionary<string, string> Treatment(Risk risk, TreatmentDraft draft, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (draft.Option is null)
        {
            errors["option"] = "Choose the treatment option: modify, avoid, share or retain.";
        }

        Controls(errors, "controls", draft.Controls, annexAOnly: true);
        if (draft.Option == TreatmentOption.Modify && draft.Controls.Count == 0 && !errors.ContainsKey("controls"))
        {
            errors["controls"] = "Modifying a risk means applying controls: choose at least one Annex A control.";
        }

        if (draft.Plan.Trim().Length > MaxConsequence)
        {
            errors["plan"] = string.Create(CultureInfo.InvariantCulture, $"The plan can be at most {MaxConsequence} characters.");
        }

        if (draft.DueDate is null)
        {
            errors["dueDate"] = "Give the date the treatment is due.";
        }
        else if (draft.DueDate.Value < DateOnly.FromDateTime(now.UtcDateTime))
        {
            errors["dueDate"] = "The due date is in the past.";
        }

        if (Scales(errors, "residualLikelihood", "residualImpact", draft.ResidualLikelihood, draft.ResidualImpact)
            && method.RankOf(method.LevelOf(draft.ResidualLikelihood, draft.ResidualImpact).Name) > risk.LevelRank)
        {
            errors["residualImpact"] = $"The residual level ({method.LevelOf(draft.ResidualLikelihood, draft.ResidualImpact).Name}) cannot be higher than the risk's level before treatment ({risk.Level}).";
        }

        return errors;
    }

    /// <summary>Why a risk cannot be raised against this system, or null.</summary>
    public string? SystemProblem(string systemId)
    {
        var system = systems.Get(systemId);
        if (system is null)
        {
            return $"There is no AI system {Markdown.Escape(systemId)}. Type **systems** for the inventory.";
        }

        return system.Stage == LifecycleStage.Retired
            ? $"{system.Id} {Markdown.Escape(system.Name)} is retired: its risks are no longer assessed. Raise the risk for the organisation instead if it still applies."
            : null;
    }

    /// <summary>The ids as stored: <c>A.6.2.8</c> for ISO/IEC 42001, <c>27001:A.8.15</c> for ISO 27001 (input already checked).</summary>
    public IEnumerable<string> CanonicalControls(IEnumerable<string> typed, bool annexAOnly) => typed
        .Select(t => Resolve(t, annexAOnly))
        .OfType<string>()
        .Distinct(StringComparer.Ordinal);

    private string? Resolve(string typed, bool annexAOnly)
    {
        if (!ControlId.TryParse(typed, out var id, out var standard))
        {
            return null;
        }

        if (standard != ControlStandard.Iso27001 && catalogue.Find(id) is not null)
        {
            return id;
        }

        return !annexAOnly && standard != ControlStandard.Iso42001 && catalogue.FindIso27001(id) is not null ? "27001:" + id : null;
    }

    private void Controls(Dictionary<string, string> errors, string field, IReadOnlyList<string> typed, bool annexAOnly)
    {
        if (typed.Count > MaxControls)
        {
            errors[field] = string.Create(CultureInfo.InvariantCulture, $"Choose at most {MaxControls} controls.");
            return;
        }

        var unknown = typed.Where(t => Resolve(t, annexAOnly) is null).ToList();
        if (unknown.Count > 0)
        {
            var safe = string.Join(", ", unknown.Take(5).Select(u => Markdown.Escape(u.Length > 20 ? u[..20] + "…" : u)));
            errors[field] = annexAOnly
                ? $"Not ISO/IEC 42001 Annex A controls: {safe}. Use ids such as A.6.2.8."
                : $"Not known controls: {safe}. Use ISO/IEC 42001 ids (A.6.2.8) or ISO 27001 ids (27001:A.8.15).";
            return;
        }

        if (annexAOnly)
        {
            var excluded = CanonicalControls(typed, annexAOnly).Where(id => controls.Get(id).Applicability == Applicability.Excluded).ToList();
            if (excluded.Count > 0)
            {
                errors[field] = $"Excluded in the Statement of Applicability: {string.Join(", ", excluded)}. A treatment cannot rely on an excluded control; change its SoA answer first.";
            }
        }
    }

    private bool Scales(Dictionary<string, string> errors, string likelihoodField, string impactField, int likelihood, int impact)
    {
        var ok = true;
        if (!method.IsLikelihood(likelihood))
        {
            errors[likelihoodField] = string.Create(CultureInfo.InvariantCulture, $"Choose a likelihood from 1 ({method.Likelihood[0].Name}) to {method.Likelihood.Count} ({method.Likelihood[^1].Name}).");
            ok = false;
        }

        if (!method.IsImpact(impact))
        {
            errors[impactField] = string.Create(CultureInfo.InvariantCulture, $"Choose an impact from 1 ({method.Impact[0].Name}) to {method.Impact.Count} ({method.Impact[^1].Name}).");
            ok = false;
        }

        return ok;
    }

    private static void Text(Dictionary<string, string> errors, string field, string label, string value, int max)
    {
        var length = value.Trim().Length;
        if (length == 0)
        {
            errors[field] = $"{label} is required.";
        }
        else if (length > max)
        {
            errors[field] = string.Create(CultureInfo.InvariantCulture, $"{label} can be at most {max} characters (you wrote {length}).");
        }
    }
}
