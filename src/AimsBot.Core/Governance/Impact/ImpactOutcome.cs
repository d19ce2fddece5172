namespace AimsBot.Core.Governance.Impact;

/// <summary>The result of recording an assessment: done (with it), refused (with the reason), or invalid (errors by field).</summary>
public sealed record ImpactOutcome(bool Succeeded, string Message, IReadOnlyDictionary<string, string> Errors, ImpactAssessment? Assessment)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public static ImpactOutcome Done(ImpactAssessment assessment, string message) => new(true, message, NoErrors, assessment);

    public static ImpactOutcome Refused(string message) => new(false, message, NoErrors, null);

    public static ImpactOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(false, "Please check the highlighted fields.", errors, null);
}
