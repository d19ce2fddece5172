using AimsBot.Core.Governance;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>Between the inventory record and the form's draft: prefill an edit, and apply a finished draft.</summary>
public static class SystemDraftMapping
{
    public static SystemDraft FromSystem(AiSystem s) => new()
    {
        SystemId = s.Id,
        DuplicateWarnedFor = s.NormalizedName,
        Name = s.Name,
        Version = s.Version,
        Purpose = s.Purpose,
        OutOfScope = s.OutOfScopeUses,
        Role = s.Role,
        OwnerInput = s.BusinessOwnerName,
        OwnerKey = s.BusinessOwnerKey,
        OwnerName = s.BusinessOwnerName,
        Source = s.Source,
        Supplier = s.Supplier,
        Stage = s.Stage,
        StageBefore = s.Stage,
        PersonalData = s.PersonalData,
        DataUses = [.. s.DataUses],
        DataCategories = s.DataCategories,
        Jurisdictions = string.Join(", ", s.Jurisdictions),
        AffectedPeople = s.AffectedPeople,
        VulnerableGroups = s.VulnerableGroups,
        Decisions = s.DecisionsInfluenced,
        SignificantEffects = s.SignificantEffects,
        Autonomy = s.Autonomy,
        Oversight = s.Oversight,
        EuAiActCategory = s.EuAiActCategory,
        GeneralPurpose = s.GeneralPurpose,
        Model = s.Model,
        ModelVersion = s.ModelVersion,
        ModelProvider = s.ModelProvider,
        HostingRegion = s.HostingRegion,
        Classification = s.Classification,
        SpecialCategoryData = s.SpecialCategoryData,
        DataProvenance = s.DataProvenance,
        DocumentationLink = s.DocumentationLink,
        DisclosedToUsers = s.DisclosedToUsers,
        KnownLimitations = s.KnownLimitations,
        SupplierAssessment = s.SupplierAssessment,
        DataProcessingAgreement = s.DataProcessingAgreement,
        VendorUsesData = s.VendorUsesData,
        Audience = s.Audience,
        ApproximateUsers = s.ApproximateUsers,
        DeployedOn = s.DeployedOn is { } deployed ? DateOnly.FromDateTime(deployed) : null,
        NextReviewOn = s.NextReviewOn is { } review ? DateOnly.FromDateTime(review) : null,
        TechnicalOwnerInput = s.TechnicalOwnerName,
        TechnicalOwnerKey = s.TechnicalOwnerKey,
        TechnicalOwnerName = s.TechnicalOwnerName,
    };

    /// <summary>Writes the draft's fields into <paramref name="target"/> (a new record or a copy of the stored one).</summary>
    public static void Apply(SystemDraft d, AiSystem target)
    {
        target.Name = d.Name;
        target.Version = d.Version;
        target.Purpose = d.Purpose;
        target.OutOfScopeUses = d.OutOfScope;
        target.Role = d.Role ?? target.Role;
        target.BusinessOwnerKey = d.OwnerKey;
        target.BusinessOwnerName = d.OwnerName;

        target.Source = d.Source ?? target.Source;
        target.Supplier = d.Supplier;
        target.Stage = d.Stage ?? target.Stage;
        target.PersonalData = d.PersonalData;
        target.DataUses = [.. d.DataUses];
        target.DataCategories = d.DataCategories;
        target.Jurisdictions = [.. d.Jurisdictions.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        target.AffectedPeople = d.AffectedPeople;
        target.VulnerableGroups = d.VulnerableGroups;
        target.DecisionsInfluenced = d.Decisions;
        target.SignificantEffects = d.SignificantEffects;
        target.Autonomy = d.Autonomy ?? target.Autonomy;
        target.Oversight = d.Oversight;
        if (!d.Editing)
        {
            return;
        }

        target.EuAiActCategory = d.EuAiActCategory;
        target.GeneralPurpose = d.GeneralPurpose;
        target.Model = d.Model;
        target.ModelVersion = d.ModelVersion;
        target.ModelProvider = d.ModelProvider;
        target.HostingRegion = d.HostingRegion;
        target.Classification = d.Classification;
        target.SpecialCategoryData = d.SpecialCategoryData;
        target.DataProvenance = d.DataProvenance;
        target.DocumentationLink = d.DocumentationLink;
        target.DisclosedToUsers = d.DisclosedToUsers;
        target.KnownLimitations = d.KnownLimitations;
        target.SupplierAssessment = d.SupplierAssessment;
        target.DataProcessingAgreement = d.DataProcessingAgreement;
        target.VendorUsesData = d.VendorUsesData;
        target.Audience = d.Audience;
        target.ApproximateUsers = d.ApproximateUsers;
        target.DeployedOn = d.DeployedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        target.NextReviewOn = d.NextReviewOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        target.TechnicalOwnerKey = d.TechnicalOwnerKey;
        target.TechnicalOwnerName = d.TechnicalOwnerName;
    }
}
