namespace AimsBot.Core.Governance.Controls;

/// <summary>The result of a change: done, refused (not allowed), or invalid (errors by field).</summary>
public sealed record ControlOutcome(bool Succeeded, string Message, IReadOnlyDictionary<string, string> Errors)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public static ControlOutcome Done(string message) => new(true, message, NoErrors);

    public static ControlOutcome Refused(string message) => new(false, message, NoErrors);

    public static ControlOutcome Invalid(IReadOnlyDictionary<string, string> errors) => new(false, "Please check the highlighted fields.", errors);
}
