namespace AimsBot.Core.Governance.Risks;

/// <summary>One entry of the AI risk register (ISO/IEC 42001 6.1.2 and 6.1.3).</summary>
public sealed class Risk
{
    /// <summary><c>R-0001</c> upwards; never reused.</summary>
    public string Id { get; set; } = "";

    public int Number { get; set; }

    /// <summary>A short name for lists.</summary>
    public string Title { get; set; } = "";

    /// <summary>The AI system it concerns (<c>AI-0001</c>), or empty for the organisation as a whole.</summary>
    public string SystemId { get; set; } = "";

    /// <summary>The impact assessment it came from (<c>IA-0001</c>), if any.</summary>
    public string ImpactAssessmentId { get; set; } = "";

    /// <summary>The harm of that assessment it was raised from (an <c>ImpactDimension</c> name), if any.</summary>
    public string ImpactHarm { get; set; } = "";

    public RiskSource Source { get; set; }

    /// <summary>Cause, event and consequence in the person's words.</summary>
    public string Scenario { get; set; } = "";

    public string ConsequenceOrganisation { get; set; } = "";

    public string ConsequenceIndividuals { get; set; } = "";

    public string ConsequenceSociety { get; set; } = "";

    public int Likelihood { get; set; }

    public int Impact { get; set; }

    /// <summary>The inherent level's name, from the method stamped in <see cref="MethodVersion"/>.</summary>
    public string Level { get; set; } = "";

    /// <summary>1 for the lowest level upwards (sorting: highest first).</summary>
    public int LevelRank { get; set; }

    /// <summary>Controls already in place: ISO/IEC 42001 ids (<c>A.6.2.8</c>) and ISO 27001 ids (<c>27001:A.8.15</c>).</summary>
    public List<string> ExistingControls { get; set; } = [];

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public RiskStatus Status { get; set; } = RiskStatus.Open;

    public RiskTreatment? Treatment { get; set; }

    public RiskDecision? Acceptance { get; set; }

    /// <summary>The risk method the assessment used (<see cref="RiskMethod.Stamp"/>).</summary>
    public string MethodVersion { get; set; } = "";

    public DateTime NextReview { get; set; }

    public string RaisedByKey { get; set; } = "";

    public string RaisedByName { get; set; } = "";

    public DateTime RaisedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The card instance whose submission created it: a repeated submission finds it.</summary>
    public string SourceCardId { get; set; } = "";

    /// <summary>The level in force: the residual one once treated or accepted after treatment, else the inherent one.</summary>
    public int CurrentRank() => HasResidual() ? Treatment!.ResidualRank : LevelRank;

    public string CurrentLevel() => HasResidual() ? Treatment!.ResidualLevel : Level;

    /// <summary>A treatment with a residual level is in force (treated, or accepted after treatment).</summary>
    public bool HasResidual() => Treatment is { ResidualRank: > 0 } && Status is RiskStatus.Treated or RiskStatus.Accepted;

    public Risk Copy()
    {
        var copy = (Risk)MemberwiseClone();
        copy.ExistingControls = [.. ExistingControls];
        copy.Treatment = Treatment?.Copy();
        copy.Acceptance = Acceptance?.Copy();
        return copy;
    }
}
