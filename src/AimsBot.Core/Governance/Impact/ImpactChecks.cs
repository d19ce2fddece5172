using System.Globalization;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Governance.Impact;

/// <summary>
/// The rules an assessment must meet, by form field: the context and benefits written, every applicable
/// dimension with its harm, severity and likelihood on the method's scales and its reversibility, the
/// foreseeable misuse, mitigations and oversight, and a conclusion (with conditions when it has them).
/// Also who may assess a system, and when a system cannot be assessed.
/// </summary>
public sealed class ImpactChecks(RiskMethod method, IAiSystemStore systems)
{
    public const int LongText = 2000;
    public const int ShortText = 1000;

    /// <summary>The system's business owner (or its requester while it has none) or an admin.</summary>
    public static bool MayAssess(Actor actor, AiSystem system) =>
        actor.IsAdmin || system.BusinessOwnerKey == actor.Key
        || (system.BusinessOwnerKey.Length == 0 && system.RequesterKey == actor.Key);

    /// <summary>Why the system cannot be assessed by <paramref name="actor"/> now, or null.</summary>
    public string? Problem(Actor actor, string systemId)
    {
        if (systems.Get(systemId) is not { } system)
        {
            return $"There is no AI system {Markdown.Escape(systemId)}. Ids look like AI-0001; type **systems** for the list.";
        }

        if (!MayAssess(actor, system))
        {
            return $"Only the business owner of {system.Id} ({Markdown.Escape(system.BusinessOwnerName)}) or an AIMS admin can assess its impact.";
        }

        return system.Stage == LifecycleStage.Retired
            ? $"{system.Id} is retired, so it is not re-assessed: its earlier assessments stay readable with **impacts {system.Id}**."
            : null;
    }

    public IReadOnlyDictionary<string, string> Errors(ImpactAssessment a)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        Text(errors, "purpose", a.Purpose, "Describe the purpose and the context of use", LongText, required: true);
        Text(errors, "affected", a.Affected, "Say who is affected (individuals and groups)", ShortText, required: true);
        Text(errors, "vulnerable", a.VulnerableGroups, "", ShortText, required: false);
        Text(errors, "benefits", a.Benefits, "Describe the benefits", LongText, required: true);
        foreach (var harm in a.Harms.Where(h => h.Applies))
        {
            var key = ImpactDimensions.Key(harm.Dimension);
            var label = ImpactDimensions.Label(harm.Dimension);
            Text(errors, key + "Harm", harm.Harm, $"Describe the potential harm to {label.ToLowerInvariant()}", ShortText, required: true);
            if (!method.IsImpact(harm.Severity))
            {
                errors[key + "Severity"] = string.Create(CultureInfo.InvariantCulture, $"Choose a severity from 1 ({method.Impact[0].Name}) to {method.Impact.Count} ({method.Impact[^1].Name}).");
            }

            if (!method.IsLikelihood(harm.Likelihood))
            {
                errors[key + "Likelihood"] = string.Create(CultureInfo.InvariantCulture, $"Choose a likelihood from 1 ({method.Likelihood[0].Name}) to {method.Likelihood.Count} ({method.Likelihood[^1].Name}).");
            }

            if (harm.Reversibility is null)
            {
                errors[key + "Reversibility"] = "Say whether the harm can be undone.";
            }
        }

        Text(errors, "misuse", a.ForeseeableMisuse, "Describe the reasonably foreseeable misuse (or write “none foreseen” and why)", LongText, required: true);
        Text(errors, "mitigations", a.Mitigations, "Describe the mitigations", LongText, required: true);
        Text(errors, "oversight", a.Oversight, "Describe the human oversight measures", LongText, required: true);
        if (!Enum.IsDefined(a.Conclusion))
        {
            errors["conclusion"] = "Choose the conclusion: proceed, proceed with conditions, or do not proceed.";
        }

        Text(errors, "conditions", a.Conditions, "Write the conditions", ShortText, required: a.Conclusion == ImpactConclusion.ProceedWithConditions);
        return errors;
    }

    private static void Text(Dictionary<string, string> errors, string field, string value, string missing, int max, bool required)
    {
        if (required && value.Trim().Length == 0)
        {
            errors[field] = missing + ".";
        }
        else if (value.Length > max)
        {
            errors[field] = string.Create(CultureInfo.InvariantCulture, $"Keep it under {max} characters (it has {value.Length}).");
        }
    }
}
