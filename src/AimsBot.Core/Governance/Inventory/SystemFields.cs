using System.Globalization;
using AimsBot.Core.Governance.Exports;
using Humanizer;

namespace AimsBot.Core.Governance.Inventory;

/// <summary>
/// Every field a person edits, in words: what an edit compares field by field, what the audit log
/// records as before and after, and the history shows.
/// </summary>
public static class SystemFields
{
    public static IReadOnlyList<SystemField> Editable { get; } =
    [
        new("name", "Name", s => s.Name),
        new("version", "Version", s => s.Version),
        new("purpose", "Purpose", s => s.Purpose),
        new("outOfScope", "Out-of-scope uses", s => s.OutOfScopeUses),
        new("role", "Organisation's role", s => Words(s.Role)),
        new("owner", "Business owner", s => s.BusinessOwnerName),
        new("ownerKey", "Business owner id", s => s.BusinessOwnerKey),
        new("technicalOwner", "Technical owner", s => s.TechnicalOwnerName),
        new("technicalOwnerKey", "Technical owner id", s => s.TechnicalOwnerKey),
        new("source", "Source", s => Words(s.Source)),
        new("supplier", "Supplier", s => s.Supplier),
        new("stage", "Lifecycle stage", s => Words(s.Stage)),
        new("personalData", "Personal data", s => YesNo(s.PersonalData)),
        new("dataUses", "Data uses", s => string.Join(", ", s.DataUses.Select(d => d.Humanize()))),
        new("dataCategories", "Data categories", s => s.DataCategories),
        new("jurisdictions", "Jurisdictions", s => string.Join(", ", s.Jurisdictions)),
        new("affectedPeople", "Affected people", s => s.AffectedPeople),
        new("vulnerableGroups", "Vulnerable groups affected", s => YesNo(s.VulnerableGroups)),
        new("decisions", "Decisions influenced", s => s.DecisionsInfluenced),
        new("significantEffects", "Legal or similarly significant effects", s => YesNo(s.SignificantEffects)),
        new("autonomy", "Autonomy", s => Words(s.Autonomy)),
        new("oversight", "Human oversight", s => s.Oversight),
        new("euAiAct", "EU AI Act category", s => EuAiActCategories.Find(s.EuAiActCategory) is { } c ? c.Label : ""),
        new("generalPurpose", "General-purpose AI model", s => YesNo(s.GeneralPurpose)),
        new("model", "Underlying model or service", s => s.Model),
        new("modelVersion", "Model version", s => s.ModelVersion),
        new("modelProvider", "Model provider", s => s.ModelProvider),
        new("hostingRegion", "Hosting region", s => s.HostingRegion),
        new("classification", "Data classification", s => s.Classification),
        new("specialCategory", "Special-category personal data", s => YesNo(s.SpecialCategoryData)),
        new("provenance", "Data provenance and right to use", s => s.DataProvenance),
        new("docsLink", "Documentation or model card", s => s.DocumentationLink),
        new("disclosed", "People told they deal with AI", s => YesNo(s.DisclosedToUsers)),
        new("limitations", "Known limitations", s => s.KnownLimitations),
        new("supplierAssessment", "Supplier assessment", s => s.SupplierAssessment is { } a ? a.Humanize() : ""),
        new("dpa", "Data processing agreement", s => YesNo(s.DataProcessingAgreement)),
        new("vendorUsesData", "Vendor trains on or keeps our data", s => YesNo(s.VendorUsesData)),
        new("audience", "Internal or customer-facing", s => s.Audience is { } a ? a.Humanize() : ""),
        new("users", "Approximate users", s => s.ApproximateUsers?.ToString("N0", CultureInfo.InvariantCulture) ?? ""),
        new("deployedOn", "Deployed", s => Date(s.DeployedOn)),
        new("nextReview", "Next review", s => Date(s.NextReviewOn)),
    ];

    /// <summary>The fields whose value differs, with the before and after values in words.</summary>
    public static IReadOnlyList<(SystemField Field, string Before, string After)> Changes(AiSystem before, AiSystem after) =>
        [.. Editable.Select(f => (Field: f, Before: f.Read(before), After: f.Read(after))).Where(c => !string.Equals(c.Before, c.After, StringComparison.Ordinal))];

    public static string YesNo(bool value) => value ? "Yes" : "No";

    public static string YesNo(bool? value) => value switch { true => "Yes", false => "No", _ => "" };

    public static string Date(DateTime? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture) == 0 ? "" : ExportFormat.Label(value);
}
