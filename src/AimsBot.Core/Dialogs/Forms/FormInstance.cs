namespace AimsBot.Core.Dialogs.Forms;

/// <summary>
/// One form being filled in by one person in one conversation, kept in the dialog state between turns:
/// which form, which step, the card revision now valid, and the typed draft as JSON.
/// </summary>
public sealed class FormInstance
{
    /// <summary>The form's name (its dialog's name).</summary>
    public string Form { get; set; } = "";

    /// <summary>Unguessable id of this instance; part of every card id it sends.</summary>
    public string InstanceId { get; set; } = "";

    /// <summary>Index of the step whose card is current.</summary>
    public int Step { get; set; }

    /// <summary>Bumped each time a new card is shown; only the card of the current revision is accepted.</summary>
    public int Revision { get; set; }

    /// <summary>The draft as JSON (the form's own typed draft class).</summary>
    public string Draft { get; set; } = "{}";

    /// <summary>What the form is about when it edits a record (for example <c>AI-0001</c>), else empty.</summary>
    public string Subject { get; set; } = "";

    /// <summary>What is being filled in, in words, for the resume card ("registration").</summary>
    public string Noun { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
