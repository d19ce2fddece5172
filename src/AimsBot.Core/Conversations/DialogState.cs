namespace AimsBot.Core.Conversations;

/// <summary>
/// What a multi-turn dialog remembers between turns for one person in one conversation.
/// Saved after every turn.
/// </summary>
public sealed class DialogState
{
    /// <summary>Conversation key + "|" + user key.</summary>
    public string Id { get; set; } = "";

    /// <summary>The dialog that receives the next plain-text turn, or null when none is active.</summary>
    public string? ActiveDialog { get; set; }

    public string? Step { get; set; }

    /// <summary>Values collected so far (form fields, ids), all as strings.</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The form being filled in (the form engine's instance), or null.</summary>
    public Dialogs.Forms.FormInstance? Form { get; set; }

    public DateTime UpdatedAt { get; set; }

    public static string MakeId(ConversationRef conversation, UserRef user) => conversation.Key + "|" + user.Key;

    public void Begin(string dialog, string step)
    {
        ActiveDialog = dialog;
        Step = step;
    }

    public void End()
    {
        ActiveDialog = null;
        Step = null;
        Form = null;
        Values.Clear();
    }
}
