using AimsBot.Core.Governance;

namespace AimsBot.Core.Dialogs.Registration;

/// <summary>
/// The typed draft of the inventory form (registration, edit, completing the record): every field a
/// person fills in, kept in the dialog state between cards.
/// </summary>
public sealed class SystemDraft
{
    /// <summary>Empty while registering; the record's id when editing it.</summary>
    public string SystemId { get; set; } = "";

    /// <summary>Only the "complete the record" cards (after approval).</summary>
    public bool DetailsOnly { get; set; }

    /// <summary>The stage the record had when the edit began (retiring needs <c>retire</c> and a reason).</summary>
    public LifecycleStage? StageBefore { get; set; }

    /// <summary>The normalised name a near-duplicate warning was already given for.</summary>
    public string DuplicateWarnedFor { get; set; } = "";

    public string Name { get; set; } = "";
    public string Version { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string OutOfScope { get; set; } = "";
    public OrganisationRole? Role { get; set; }
    public string OwnerInput { get; set; } = "";

    /// <summary>The people picker's id for the business owner, when it came from a picker.</summary>
    public string OwnerPick { get; set; } = "";
    public string OwnerKey { get; set; } = "";
    public string OwnerName { get; set; } = "";

    public SystemSource? Source { get; set; }
    public string Supplier { get; set; } = "";
    public LifecycleStage? Stage { get; set; }
    public bool PersonalData { get; set; }
    public List<DataUse> DataUses { get; set; } = [];
    public string DataCategories { get; set; } = "";
    public string Jurisdictions { get; set; } = "";

    public string AffectedPeople { get; set; } = "";
    public bool VulnerableGroups { get; set; }
    public string Decisions { get; set; } = "";
    public bool SignificantEffects { get; set; }
    public Autonomy? Autonomy { get; set; }
    public string Oversight { get; set; } = "";

    public string EuAiActCategory { get; set; } = "";
    public bool GeneralPurpose { get; set; }
    public string Model { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    public string ModelProvider { get; set; } = "";
    public string HostingRegion { get; set; } = "";
    public string Classification { get; set; } = "";
    public bool SpecialCategoryData { get; set; }
    public string DataProvenance { get; set; } = "";
    public string DocumentationLink { get; set; } = "";
    public bool? DisclosedToUsers { get; set; }
    public string KnownLimitations { get; set; } = "";

    public SupplierAssessment? SupplierAssessment { get; set; }
    public bool? DataProcessingAgreement { get; set; }
    public bool? VendorUsesData { get; set; }
    public Audience? Audience { get; set; }
    public int? ApproximateUsers { get; set; }
    public DateOnly? DeployedOn { get; set; }
    public DateOnly? NextReviewOn { get; set; }
    public string TechnicalOwnerInput { get; set; } = "";

    /// <summary>The people picker's id for the technical owner, when it came from a picker.</summary>
    public string TechnicalOwnerPick { get; set; } = "";
    public string TechnicalOwnerKey { get; set; } = "";
    public string TechnicalOwnerName { get; set; } = "";

    public bool Editing => SystemId.Length > 0;

    [System.Text.Json.Serialization.JsonIgnore]
    public PersonValue Owner
    {
        get => new(OwnerInput, OwnerKey, OwnerName, OwnerPick);
        set => (OwnerInput, OwnerKey, OwnerName, OwnerPick) = (value.Input, value.Key, value.Name, value.Pick);
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public PersonValue TechnicalOwner
    {
        get => new(TechnicalOwnerInput, TechnicalOwnerKey, TechnicalOwnerName, TechnicalOwnerPick);
        set => (TechnicalOwnerInput, TechnicalOwnerKey, TechnicalOwnerName, TechnicalOwnerPick) = (value.Input, value.Key, value.Name, value.Pick);
    }
}
