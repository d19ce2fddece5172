namespace AimsBot.Core.Conversations;

public enum TurnKind
{
    /// <summary>Text typed by a person (a command or an answer).</summary>
    Message = 1,

    /// <summary>Data submitted from a card (Teams Action.Submit/Execute, Slack button or modal).</summary>
    CardAction = 2,

    /// <summary>The bot was added to a conversation: greet and remember the conversation.</summary>
    ConversationStarted = 3,

    /// <summary>The bot was removed or uninstalled: forget the conversation.</summary>
    Uninstalled = 4,

    /// <summary>Slack: the person opened the app's Home tab.</summary>
    HomeOpened = 5,

    /// <summary>Due work from the scheduler (a day's reminders, a digest): never from a platform.</summary>
    Scheduled = 6,
}
