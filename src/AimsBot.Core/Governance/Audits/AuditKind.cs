using System.ComponentModel;

namespace AimsBot.Core.Governance.Audits;

/// <summary>The events of the integrated ISO/IEC 27001 + ISO/IEC 42001 audit programme (9.2, 9.3, certification).</summary>
public enum AuditKind
{
    [Description("Internal audit")] InternalAudit = 1,
    [Description("Management review")] ManagementReview = 2,
    [Description("Stage 1 audit")] Stage1 = 3,
    [Description("Stage 2 audit")] Stage2 = 4,
    [Description("Surveillance audit")] Surveillance = 5,
    [Description("Recertification audit")] Recertification = 6,
}
