using System.ComponentModel;

namespace AimsBot.Core.Governance.Impact;

/// <summary>The dimensions an AI system impact assessment weighs (DOMAIN.md, ISO/IEC 42001 6.1.4).</summary>
public enum ImpactDimension
{
    [Description("Fairness and non-discrimination")] Fairness = 1,
    [Description("Privacy and data protection")] Privacy = 2,
    [Description("Safety and health")] Safety = 3,
    [Description("Human autonomy and oversight")] Autonomy = 4,
    [Description("Transparency and explainability")] Transparency = 5,
    [Description("Environment")] Environment = 6,
    [Description("Society")] Society = 7,
    [Description("Legal rights")] LegalRights = 8,
}
