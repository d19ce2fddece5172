using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;

namespace AimsBot.Tests.Core.Delivery;

/// <summary>
/// <c>zpnote x</c>: writes an audit entry for x (so running twice shows) and answers "noted x". It
/// fails when <see cref="DeliveryFaults"/> says so: outside the dialog's error handling (it awaits a task that
/// never completes, which the turn handler refuses), or as a crash.
/// </summary>
internal sealed class DeliveryNoteDialog(IAuditLog audit, DeliveryFaults faults) : IDialog
{
    public string Name => "delivery-notes";

    public IReadOnlyList<CommandInfo> Commands { get; } = [new("zpnote", "zpnote x", "Notes x.")];

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        faults.Turn();
        if (faults.TakeFailure(context.Arguments))
        {
            return new ValueTask(new TaskCompletionSource().Task);
        }

        audit.Record(context.Actor, "note", "note:" + context.Arguments, null, null);
        context.Say("noted " + context.Arguments);
        return ValueTask.CompletedTask;
    }
}
