namespace AimsBot.Core.Governance.Controls;

/// <summary>One control with the organisation's record and the ISO 27001 links in force.</summary>
public sealed record ControlRow(AnnexAControl Control, ControlRecord Record, IReadOnlyList<string> Links)
{
    public bool IsAnswered => Record.Applicability != Applicability.Unanswered;

    /// <summary>Done for the gap view: excluded with a reason, or applicable and implemented.</summary>
    public bool IsDone => Record.Applicability == Applicability.Excluded
        || (Record.Applicability == Applicability.Applicable && Record.Status == ImplementationStatus.Implemented);

    public bool IsReviewOverdue(DateTimeOffset now) => Record.NextReview is { } review && review < now.UtcDateTime;
}
