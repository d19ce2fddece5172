using AimsBot.Core.Governance.Risks;
using Microsoft.Extensions.Options;

namespace AimsBot.Core.Governance.Attestations;

/// <summary>Each <c>Attestation:Periods</c> key is a risk level or an EU AI Act kind, each value 7 to 730 days and not longer than <c>Period</c>.</summary>
public sealed class AttestationOptionsValidator(IOptions<RiskOptions> risk) : IValidateOptions<AttestationOptions>
{
    public static readonly IReadOnlyList<string> Kinds = ["prohibited", "high-risk", "transparency", "general-purpose", "minimal"];

    public ValidateOptionsResult Validate(string? name, AttestationOptions options)
    {
        var levels = risk.Value.Levels.Select(l => l.Name).ToList();
        var errors = new List<string>();
        foreach (var (key, value) in options.Periods)
        {
            if (!levels.Contains(key, StringComparer.OrdinalIgnoreCase) && !Kinds.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add($"Attestation:Periods:{key} is neither a risk level ({string.Join(", ", levels)}) nor an EU AI Act kind ({string.Join(", ", Kinds)}).");
            }
            else if (value < TimeSpan.FromDays(7) || value > TimeSpan.FromDays(730))
            {
                errors.Add($"Attestation:Periods:{key} must be between 7 and 730 days.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
