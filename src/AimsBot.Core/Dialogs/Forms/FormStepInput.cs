using AimsBot.Core.Conversations;

namespace AimsBot.Core.Dialogs.Forms;

/// <summary>What a step's reader sees: the submitted inputs (with validation helpers), who submitted them and when.</summary>
public sealed class FormStepInput(FormReader reader, Actor actor, DateTimeOffset now, IncomingTurn turn)
{
    public FormReader Reader { get; } = reader;

    public Actor Actor { get; } = actor;

    public DateTimeOffset Now { get; } = now;

    /// <summary>The turn, for people mentioned in it and the platform it came from.</summary>
    public IncomingTurn Turn { get; } = turn;
}
