namespace AimsBot.Core.Governance.Risks;

/// <summary>How a risk is treated (6.1.3): the option, the Annex A controls chosen, who does it by when, and the residual risk.</summary>
public sealed class RiskTreatment
{
    public TreatmentOption Option { get; set; }

    /// <summary>ISO/IEC 42001 Annex A control ids chosen (<c>A.6.2.8</c>); linked both ways with the controls.</summary>
    public List<string> Controls { get; set; } = [];

    /// <summary>What will be done, in the treatment owner's words.</summary>
    public string Plan { get; set; } = "";

    public string OwnerKey { get; set; } = "";

    public string OwnerName { get; set; } = "";

    public DateTime? DueDate { get; set; }

    public int ResidualLikelihood { get; set; }

    public int ResidualImpact { get; set; }

    public string ResidualLevel { get; set; } = "";

    public int ResidualRank { get; set; }

    /// <summary>The latest progress note of the treatment owner.</summary>
    public string Progress { get; set; } = "";

    /// <summary>Set when the treatment owner records it as done.</summary>
    public DateTime? CompletedAt { get; set; }

    public DateTime PlannedAt { get; set; }

    public RiskTreatment Copy()
    {
        var copy = (RiskTreatment)MemberwiseClone();
        copy.Controls = [.. Controls];
        return copy;
    }
}
