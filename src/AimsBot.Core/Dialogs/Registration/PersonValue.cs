namespace AimsBot.Core.Dialogs.Registration;

/// <summary>A person field of a draft: what the card showed or sent, the stored key and name, and the picker id it came from.</summary>
/// <param name="Input">The typed text (or the person's name after a pick), as the text input shows it.</param>
/// <param name="Key">The user key the bot messages, or "" when the person is not known yet.</param>
/// <param name="Pick">The Slack user id or Teams Entra id the people picker gave, or "".</param>
public sealed record PersonValue(string Input, string Key, string Name, string Pick)
{
    public static readonly PersonValue None = new("", "", "", "");
}
