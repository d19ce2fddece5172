using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>What the resume card needs of any form: its name and noun, and how to continue or start it.</summary>
public interface IFormDialog : IDialog
{
    /// <summary>What the person is filling in, in words ("registration", "edit of AI-0001").</summary>
    string Noun { get; }

    /// <summary>Shows the open instance's current step again in place of the acted-on card (older cards become stale).</summary>
    void Resume(DialogContext context);

    /// <summary>Starts a new instance from a typed command's arguments (any open form is discarded first).</summary>
    void StartNew(DialogContext context, string arguments, bool replaceCard = false);
}
