using System.ComponentModel;

namespace AimsBot.Core.Governance.Risks;

/// <summary>Where an AI risk comes from: the taxonomy a risk is filed under.</summary>
public enum RiskSource
{
    [Description("Fairness and bias")] FairnessBias = 1,
    [Description("Privacy")] Privacy = 2,
    [Description("Safety")] Safety = 3,
    [Description("Security")] Security = 4,
    [Description("Transparency and explainability")] Transparency = 5,
    [Description("Accountability")] Accountability = 6,
    [Description("Robustness and reliability")] Robustness = 7,
    [Description("Misuse")] Misuse = 8,
    [Description("Third party and supply chain")] ThirdParty = 9,
    [Description("Legal and regulatory")] Legal = 10,
    [Description("Environmental")] Environmental = 11,
    [Description("Societal")] Societal = 12,
}
