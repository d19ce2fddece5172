using System.Globalization;

namespace AimsBot.Core.Governance.Exports;

/// <summary>The AI system inventory as one auditor-ready table.</summary>
public sealed class InventoryExportBuilder(IAiSystemStore systems)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "Id", "Name", "Version", "Purpose", "Out-of-scope uses", "Organisation's role", "Business owner", "Registered by",
        "Source", "Supplier", "Lifecycle stage", "Approval", "Decision note", "Personal data", "Data uses", "Data categories",
        "Affected people", "Decisions influenced", "Autonomy", "Human oversight", "Jurisdictions", "Registered at", "Updated at",
    ];

    public ExportTable Build() => new("AI systems", Columns, [.. systems.All().Select(s => (IReadOnlyList<string>)
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
    ])]);

    /// <summary>Zero (never chosen) reads as empty rather than as a number.</summary>
    private static string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0 ? "" : ExportFormat.Label(value);
}
