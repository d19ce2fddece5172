namespace AimsBot.Core.Conversations;

/// <summary>A text command a dialog answers, as shown in help.</summary>
/// <param name="Name">The first word typed, lower case (for example <c>register</c>).</param>
/// <param name="Usage">How to type it (for example <c>system AI-0001</c>).</param>
/// <param name="Description">One line for the help card.</param>
public sealed record CommandInfo(string Name, string Usage, string Description)
{
    /// <summary>Shown only to admins in help.</summary>
    public bool AdminOnly { get; init; }

    /// <summary>
    /// The line shown for this command in the Teams command menu and the Slack usage hint, or null when it is not
    /// in the menu. Teams allows ten commands per scope: the manifests list exactly the commands that set this, in
    /// the engine's order (a test checks both manifests against the catalogue).
    /// </summary>
    public string? Menu { get; init; }

    /// <summary>Not listed in help or suggested (internal entry points such as <c>welcome</c>).</summary>
    public bool Hidden { get; init; }
}
