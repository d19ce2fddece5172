namespace AimsBot.Core.Governance;

/// <summary>One entry of the AI system inventory (DOMAIN.md, "The AI system inventory record").</summary>
public sealed class AiSystem
{
    /// <summary>Human-friendly id, <c>AI-0001</c>; never reused.</summary>
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Lower-cased, punctuation-free name for duplicate checks.</summary>
    public string NormalizedName { get; set; } = "";

    public string Version { get; set; } = "";

    public string Purpose { get; set; } = "";

    public string OutOfScopeUses { get; set; } = "";

    public OrganisationRole Role { get; set; }

    public string BusinessOwnerKey { get; set; } = "";

    public string BusinessOwnerName { get; set; } = "";

    public string RequesterKey { get; set; } = "";

    public string RequesterName { get; set; } = "";

    public SystemSource Source { get; set; }

    public string Supplier { get; set; } = "";

    public LifecycleStage Stage { get; set; }

    public bool PersonalData { get; set; }

    public List<DataUse> DataUses { get; set; } = [];

    /// <summary>Kinds of data processed (free text: "HR records, CVs").</summary>
    public string DataCategories { get; set; } = "";

    public string AffectedPeople { get; set; } = "";

    public string DecisionsInfluenced { get; set; } = "";

    public Autonomy Autonomy { get; set; }

    public string Oversight { get; set; } = "";

    public List<string> Jurisdictions { get; set; } = [];

    /// <summary>Vulnerable groups (children, patients, people in need) are affected.</summary>
    public bool VulnerableGroups { get; set; }

    /// <summary>Its outputs have legal or similarly significant effects on people (rights, access to services).</summary>
    public bool SignificantEffects { get; set; }

    public string TechnicalOwnerKey { get; set; } = "";

    public string TechnicalOwnerName { get; set; } = "";

    /// <summary>The EU AI Act category id (<see cref="EuAiActCategories"/>), empty until classified.</summary>
    public string EuAiActCategory { get; set; } = "";

    /// <summary>It is, or is built on, a general-purpose AI model.</summary>
    public bool GeneralPurpose { get; set; }

    /// <summary>The underlying model or service (for example "GPT-4o", "in-house gradient boosting").</summary>
    public string Model { get; set; } = "";

    public string ModelVersion { get; set; } = "";

    /// <summary>Who provides the model or service.</summary>
    public string ModelProvider { get; set; } = "";

    public string HostingRegion { get; set; } = "";

    /// <summary>The ISMS classification of the data it handles (one of <c>Inventory:Classifications</c>).</summary>
    public string Classification { get; set; } = "";

    public bool SpecialCategoryData { get; set; }

    /// <summary>Where the data comes from and the right to use it.</summary>
    public string DataProvenance { get; set; } = "";

    /// <summary>Documentation or model card (an https link).</summary>
    public string DocumentationLink { get; set; } = "";

    /// <summary>Whether people are told they deal with an AI system (null: not answered).</summary>
    public bool? DisclosedToUsers { get; set; }

    public string KnownLimitations { get; set; } = "";

    public SupplierAssessment? SupplierAssessment { get; set; }

    public bool? DataProcessingAgreement { get; set; }

    /// <summary>The vendor trains on or keeps the organisation's data (null: not answered).</summary>
    public bool? VendorUsesData { get; set; }

    public Audience? Audience { get; set; }

    public int? ApproximateUsers { get; set; }

    public DateTime? DeployedOn { get; set; }

    public DateTime? NextReviewOn { get; set; }

    /// <summary>A significant change happened: the risk and impact assessments must be redone.</summary>
    public bool ReassessmentDue { get; set; }

    /// <summary>Why re-assessment is due (each significant change, in words).</summary>
    public List<string> ReassessmentReasons { get; set; } = [];

    public DateTime? ReassessmentMarkedAt { get; set; }

    /// <summary>Why it was retired (required by <c>retire</c>).</summary>
    public string RetiredReason { get; set; } = "";

    public DateTime? RetiredAt { get; set; }

    public ApprovalStatus Approval { get; set; } = ApprovalStatus.Pending;

    /// <summary>Conditions (approved with conditions) or the reason (rejected).</summary>
    public string DecisionNote { get; set; } = "";

    public string DecidedByKey { get; set; } = "";

    public string DecidedByName { get; set; } = "";

    public DateTime? DecidedAt { get; set; }

    public DateTime RegisteredAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The card instance whose submission created this record: a repeated submission finds it.</summary>
    public string SourceCardId { get; set; } = "";

    /// <summary>Where the requester registered it, to tell them the outcome.</summary>
    public string RequesterConversationKey { get; set; } = "";

    /// <summary>When the owner last attested the record still holds (periodic attestation), or null.</summary>
    public DateTime? LastAttestedAt { get; set; }

    /// <summary>The attestation due now is snoozed until then (reset by the next attestation).</summary>
    public DateTime? AttestationSnoozedUntil { get; set; }

    /// <summary>How many times the attestation due now was snoozed (at most <c>AttestationOptions.MaxSnoozes</c>).</summary>
    public int AttestationSnoozes { get; set; }

    /// <summary>Who attests on the owner's behalf (the owner stays accountable), empty when nobody.</summary>
    public string AttestationDelegateKey { get; set; } = "";

    public string AttestationDelegateName { get; set; } = "";

    /// <summary>A copy for the audit log's "before".</summary>
    public AiSystem Copy()
    {
        var copy = (AiSystem)MemberwiseClone();
        copy.DataUses = [.. DataUses];
        copy.Jurisdictions = [.. Jurisdictions];
        copy.ReassessmentReasons = [.. ReassessmentReasons];
        return copy;
    }
}
