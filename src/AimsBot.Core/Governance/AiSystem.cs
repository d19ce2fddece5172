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

    /// <summary>A copy for the audit log's "before".</summary>
    public AiSystem Copy()
    {
        var copy = (AiSystem)MemberwiseClone();
        copy.DataUses = [.. DataUses];
        copy.Jurisdictions = [.. Jurisdictions];
        return copy;
    }
}
