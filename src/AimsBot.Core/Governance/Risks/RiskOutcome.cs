namespace AimsBot.Core.Governance.Risks;

/// <summary>The result of a change to a risk: done (with the risk), refused (with the reason), or invalid (errors by field).</summary>
public sealed record RiskOutcome(RiskOutcomeKind Kind, string Message, IReadOnlyDictionary<string, string> Errors, Risk? Risk)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Kind == RiskOutcomeKind.Done;

    /// <summary>Done without saving anything: what was submitted matched what was stored.</summary>
    public bool Unchanged { get; init; }

    public static RiskOutcome Done(Risk risk, string message) => new(RiskOutcomeKind.Done, message, NoErrors, risk);

    public static RiskOutcome Refused(string message) => new(RiskOutcomeKind.Refused, message, NoErrors, null);

    /// <summary>The level is above the owner's authority: the committee must accept it through the approval flow.</summary>
    public static RiskOutcome NeedsCommittee(Risk risk, string message) => new(RiskOutcomeKind.NeedsCommittee, message, NoErrors, risk);

    public static RiskOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(RiskOutcomeKind.Invalid, "Please check the highlighted fields.", errors, null);
}
