using System.Globalization;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Inventory;

namespace AimsBot.Core.Governance.Exports;

/// <summary>The AI system inventory as one auditor-ready table.</summary>
public sealed class InventoryExportBuilder(IAiSystemStore systems, AttestationSchedule schedule)
{
    /// <summary>The fields added to the inventory after registration ("complete the record"), in order.</summary>
    private static readonly IReadOnlyList<SystemField> Details =
        [.. SystemFields.Editable.Where(f => f.Key is not ("name" or "version" or "purpose" or "outOfScope" or "role" or "owner" or "ownerKey" or "technicalOwnerKey" or "source" or "supplier" or "stage" or "personalData" or "dataUses" or "dataCategories" or "jurisdictions" or "affectedPeople" or "decisions" or "autonomy" or "oversight"))];

    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "Name", "Version", "Purpose", "Out-of-scope uses", "Organisation's role", "Business owner", "Registered by",
        "Source", "Supplier", "Lifecycle stage", "Approval", "Decision note", "Personal data", "Data uses", "Data categories",
        "Affected people", "Decisions influenced", "Autonomy", "Human oversight", "Jurisdictions", "Registered at", "Updated at",
        "Decided by", "Decided at", .. Details.Select(f => f.Label), "Re-assessment due", "Re-assessment reasons", "Impact assessment required", "Retired reason",
        "Last attestation", "Next attestation due", "Attests on the owner's behalf",
    ];


    public ExportTable Build()
    {
        var dueOf = schedule.Snapshot();
        return new("AI systems", Columns, [.. systems.All().Select(s => Row(s, dueOf(SystemHeader.Of(s))))]);
    }

    private static IReadOnlyList<string> Row(AiSystem s, DateTimeOffset? nextAttestation) =>
    [
        s.Id,
        s.Name,
        s.Version,
        s.Purpose,
        s.OutOfScopeUses,
        Label(s.Role),
        s.BusinessOwnerName,
        s.RequesterName,
        Label(s.Source),
        s.Supplier,
        Label(s.Stage),
        Label(s.Approval),
        s.DecisionNote,
        s.PersonalData ? "Yes" : "No",
        ExportFormat.Join(s.DataUses.Select(ExportFormat.Label)),
        s.DataCategories,
        s.AffectedPeople,
        s.DecisionsInfluenced,
        Label(s.Autonomy),
        s.Oversight,
        ExportFormat.Join(s.Jurisdictions),
        ExportFormat.Time(s.RegisteredAt),
        ExportFormat.Time(s.UpdatedAt),
        s.DecidedByName,
        s.DecidedAt is { } decided ? ExportFormat.Time(decided) : "",
        .. Details.Select(f => f.Read(s)),
        s.ReassessmentDue ? "Yes" : "No",
        ExportFormat.Join(s.ReassessmentReasons),
        ExportFormat.Join(ImpactAssessmentRequirement.Reasons(s)),
        s.RetiredReason,
        ExportFormat.Time(s.LastAttestedAt),
        ExportFormat.Date(nextAttestation?.UtcDateTime),
        s.AttestationDelegateName,
    ];

    /// <summary>Zero (never chosen) reads as empty rather than as a number.</summary>
    private static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0 ? "" : ExportFormat.Label(value);
}
