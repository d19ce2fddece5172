using System.Globalization;
using System.Text;
using System.Text.Json;
using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;

namespace AimsBot.Core.Dialogs.Delivery;

/// <summary>
/// <c>outbox</c> lists the dead letters (messages given up on after their retry window, or that could
/// not be sent at all) with their error; <c>outbox retry 12</c> or <c>outbox retry all</c> queues them
/// again with a fresh retry window, audit-logged. Admins only.
/// </summary>
public sealed class OutboxDialog(IOutboxStore outbox, IAuditLog audit) : IDialog
{
    private const int Shown = 20;
    private const string Usage = "**outbox** to list the dead letters, **outbox retry 12** or **outbox retry all** to send them again";

    public string Name => "outbox";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("outbox", "outbox [retry <id> | retry all]", "Messages I gave up sending (dead letters) and why; send them again.") { AdminOnly = true },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can see or resend the outbox's dead letters.");
        }
        else if (words.Length == 0)
        {
            List(context);
        }
        else if (words[0].Equals("retry", StringComparison.OrdinalIgnoreCase) && words.Length == 2)
        {
            Retry(context, words[1]);
        }
        else
        {
            context.Say($"Type {Usage}.");
        }

        return ValueTask.CompletedTask;
    }

    private void List(DialogContext context)
    {
        var dead = outbox.InState(OutboxState.Dead);
        if (dead.Count == 0)
        {
            context.Say($"No dead letters: every message was sent or is still being tried ({outbox.Count(OutboxState.Pending)} waiting).");
            return;
        }

        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{dead.Count} dead letter{(dead.Count == 1 ? "" : "s")}");
        text.Append(dead.Count > Shown ? " (the newest " + Shown.ToString(CultureInfo.InvariantCulture) + "):" : ":");
        foreach (var item in dead.OrderByDescending(x => x.Id).Take(Shown))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- **{item.Id}** to {Markdown.Escape(Destination(item))}, queued {item.CreatedAt:yyyy-MM-dd HH:mm} UTC, {item.Attempts} attempts: {Markdown.Escape(Shorten(item.LastError ?? "no error recorded"))}");
        }

        text.Append("\nSend them again with **outbox retry <id>** or **outbox retry all**.");
        context.Say(text.ToString());
    }

    private void Retry(DialogContext context, string which)
    {
        var dead = outbox.InState(OutboxState.Dead);
        List<OutboxItem> chosen;
        if (which.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            chosen = [.. dead];
        }
        else if (long.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && dead.FirstOrDefault(x => x.Id == id) is { } one)
        {
            chosen = [one];
        }
        else
        {
            context.Say($"There is no dead letter {Markdown.Escape(Shorten(which))}. Type **outbox** to see them. Nothing was changed.");
            return;
        }

        if (chosen.Count == 0)
        {
            context.Say("There are no dead letters to send again.");
            return;
        }

        var now = context.Now.UtcDateTime;
        foreach (var item in chosen)
        {
            var before = new { item.State, item.Attempts, item.LastError };
            item.State = OutboxState.Pending;
            item.Attempts = 0;
            item.NotBefore = now;
            item.NextAttemptAt = now;
            audit.Record(context.Actor, "outbox.retry", "outbox:" + item.Id.ToString(CultureInfo.InvariantCulture), before, new { item.State });
        }

        outbox.Save(chosen);
        context.Say(chosen.Count == 1
            ? $"Queued dead letter {chosen[0].Id} again, with a fresh retry window."
            : $"Queued {chosen.Count} dead letters again, with a fresh retry window.");
    }

    private static string Destination(OutboxItem item)
    {
        try
        {
            return DestinationCircuits.DestinationOf(DeliveryJson.ReadConversation(item.Conversation));
        }
        catch (JsonException)
        {
            return "an unreadable conversation";
        }
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "...";
}
