using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Governance.Risks;

/// <summary>The field rules of a risk assessment and a treatment plan, with errors keyed by the form's field ids.</summary>
public sealed class RiskChecks(RiskMethod method, ControlPicker picker, IControlStore controls, IAiSystemStore systems)
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

    /// <summary>The controls as stored: <c>A.6.2.8</c> for ISO/IEC 42001, <c>27001:A.8.15</c> for ISO 27001 (input already checked).</summary>
    public IEnumerable<string> CanonicalControls(IEnumerable<string> typed, bool annexAOnly) => typed
        .Select(t => picker.Pick(t, annexAOnly).Id)
        .OfType<string>()
        .Distinct(StringComparer.Ordinal);

    private void Controls(Dictionary<string, string> errors, string field, IReadOnlyList<string> typed, bool annexAOnly)
    {
        if (typed.Count > MaxControls)
        {
            errors[field] = string.Create(CultureInfo.InvariantCulture, $"Choose at most {MaxControls} controls.");
            return;
        }

        var missed = typed.Select(t => picker.Pick(t, annexAOnly)).Where(p => p.Id is null).ToList();
        if (missed.Count > 0)
        {
            errors[field] = Missed(missed, annexAOnly);
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

    /// <summary>Why entries picked no control: the keywords that fit several (with them), then the ones that fit none.</summary>
    private static string Missed(IReadOnlyList<ControlPick> missed, bool annexAOnly)
    {
        var parts = new List<string>();
        foreach (var pick in missed.Where(p => p.Candidates.Count > 1).Take(3))
        {
            parts.Add($"“{Short(pick.Entry)}” fits {string.Join(", ", pick.Candidates)}{(pick.Candidates.Count == ControlPicker.MaxCandidates ? " and more" : "")}: type the id you mean.");
        }

        var unknown = missed.Where(p => p.Candidates.Count <= 1).Take(5).Select(p => Short(p.Entry)).ToList();
        if (unknown.Count > 0)
        {
            parts.Add(annexAOnly
                ? $"Not ISO/IEC 42001 Annex A controls: {string.Join(", ", unknown)}. Use ids such as A.6.2.8, or a word from the control's title (“event logs”)."
                : $"Not known controls: {string.Join(", ", unknown)}. Use ISO/IEC 42001 ids (A.6.2.8), ISO 27001 ids (27001:A.8.15), or a word from the control's title (“event logs”).");
        }

        return string.Join(" ", parts);
    }

    private static string Short(string entry) => Markdown.Escape(entry.Length > 30 ? entry[..30] + "…" : entry);

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
