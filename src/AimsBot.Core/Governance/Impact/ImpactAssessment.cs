namespace AimsBot.Core.Governance.Impact;

/// <summary>
/// One AI system impact assessment (ISO/IEC 42001 6.1.4, 8.4): <c>IA-0001</c> upwards, never reused. A
/// re-assessment of the same system is a new record with the next version; it supersedes the previous one,
/// which stays readable.
/// </summary>
public sealed class ImpactAssessment
{
    public string Id { get; set; } = "";

    public int Number { get; set; }

    public string SystemId { get; set; } = "";

    /// <summary>The system's name when it was assessed.</summary>
    public string SystemName { get; set; } = "";

    /// <summary>1 for the system's first assessment, then 2, 3…</summary>
    public int Version { get; set; }

    /// <summary>The assessment this one replaced, if any.</summary>
    public string Supersedes { get; set; } = "";

    /// <summary>The assessment that replaced this one; empty while it is the system's current one.</summary>
    public string SupersededBy { get; set; } = "";

    /// <summary>Purpose and context of use.</summary>
    public string Purpose { get; set; } = "";

    /// <summary>The individuals and groups affected.</summary>
    public string Affected { get; set; } = "";

    /// <summary>The vulnerable groups affected, named; empty for none.</summary>
    public string VulnerableGroups { get; set; } = "";

    public string Benefits { get; set; } = "";

    /// <summary>One entry per <see cref="ImpactDimension"/>.</summary>
    public List<ImpactHarm> Harms { get; set; } = [];

    public string ForeseeableMisuse { get; set; } = "";

    public string Mitigations { get; set; } = "";

    /// <summary>The human oversight measures.</summary>
    public string Oversight { get; set; } = "";

    public ImpactConclusion Conclusion { get; set; }

    /// <summary>The conditions, when the conclusion is to proceed with conditions.</summary>
    public string Conditions { get; set; } = "";

    public ImpactStatus Status { get; set; } = ImpactStatus.InReview;

    /// <summary>The committee's conditions or reason.</summary>
    public string ReviewNote { get; set; } = "";

    public string ReviewedByName { get; set; } = "";

    public DateTime? ReviewedAt { get; set; }

    /// <summary>The risk method whose scales rated the harms (<c>RiskMethod.Stamp</c>).</summary>
    public string MethodVersion { get; set; } = "";

    /// <summary>When it is due to be redone: the review period of its highest harm level.</summary>
    public DateTime NextReview { get; set; }

    public string AssessedByKey { get; set; } = "";

    public string AssessedByName { get; set; } = "";

    public DateTime AssessedAt { get; set; }

    /// <summary>The card instance whose submission created it: a repeated submission finds it.</summary>
    public string SourceCardId { get; set; } = "";

    /// <summary>Approved (with or without conditions) by the committee.</summary>
    public bool IsApproved => Status is ImpactStatus.Approved or ImpactStatus.ApprovedWithConditions;

    public bool IsCurrent => SupersededBy.Length == 0;

    public IEnumerable<ImpactHarm> Applicable => Harms.Where(h => h.Applies);

    public ImpactAssessment Copy()
    {
        var copy = (ImpactAssessment)MemberwiseClone();
        copy.Harms = [.. Harms.Select(h => h.Copy())];
        return copy;
    }
}
