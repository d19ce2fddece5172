namespace AimsBot.Core.Governance.Risks;

/// <summary>What lists, counts and the heat map need of one risk, kept in memory by the store.</summary>
public sealed record RiskHeader(
    string Id,
    int Number,
    string Title,
    string SystemId,
    RiskStatus Status,
    int CurrentRank,
    int Likelihood,
    int Impact,
    int ResidualLikelihood,
    int ResidualImpact,
    string OwnerKey,
    string TreatmentOwnerKey,
    string RaisedByKey,
    DateTime NextReview,
    DateTime? TreatmentDue,
    IReadOnlyList<string> TreatmentControls)
{
    public static RiskHeader Of(Risk risk)
    {
        var residual = risk.Treatment is { ResidualRank: > 0 };
        return new(
            risk.Id,
            risk.Number,
            risk.Title,
            risk.SystemId,
            risk.Status,
            risk.CurrentRank(),
            risk.Likelihood,
            risk.Impact,
            residual ? risk.Treatment!.ResidualLikelihood : risk.Likelihood,
            residual ? risk.Treatment!.ResidualImpact : risk.Impact,
            risk.OwnerKey,
            risk.Treatment?.OwnerKey ?? "",
            risk.RaisedByKey,
            risk.NextReview,
            risk.Treatment?.DueDate,
            risk.Treatment is { } t && risk.Status != RiskStatus.Closed ? [.. t.Controls] : [])
        {
            OwnerName = risk.OwnerName,
            TreatmentOwnerName = risk.Treatment?.OwnerName ?? "",
            Level = risk.CurrentLevel(),
            TreatmentDone = risk.Treatment?.CompletedAt is not null,
            RaisedAt = risk.RaisedAt,
        };
    }

    public string OwnerName { get; init; } = "";

    public string TreatmentOwnerName { get; init; } = "";

    /// <summary>The name of the level in force.</summary>
    public string Level { get; init; } = "";

    public bool TreatmentDone { get; init; }

    public DateTime RaisedAt { get; init; }

    public bool IsOverdue(DateTime now) =>
        Status != RiskStatus.Closed && (NextReview < now || (Status == RiskStatus.TreatmentPlanned && TreatmentDue is { } due && due < now));
}
