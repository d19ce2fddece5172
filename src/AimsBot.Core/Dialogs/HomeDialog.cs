using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Scheduling;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Dialogs;

/// <summary>
/// <c>home</c> and the Slack Home tab (<see cref="TurnKind.HomeOpened"/>): the person's own
/// registrations with their approval state, their open tasks (dated items), and the commands. Teams shows the same card in chat.
/// </summary>
public sealed class HomeDialog(IAiSystemStore systems, IServiceProvider services) : IDialog
{
    public const string DialogName = "home";

    /// <summary>The card template; the Slack sender publishes it to the Home tab.</summary>
    public const string TemplateId = "home";

    public const int Shown = 20;

    public string Name => DialogName;

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("home", "home", "Your AI systems and their approval state, with the commands."),
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        // Resolved on use: the engine is built from the dialogs, this one included.
        var engine = services.GetRequiredService<ConversationEngine>();
        var person = context.Actor.Key;
        var total = systems.Count(person);
        var items = new JsonArray();
        foreach (var system in systems.List(0, Shown, person))
        {
            items.Add(new JsonObject
            {
                ["id"] = system.Id,
                ["name"] = Markdown.Escape(system.Name),
                ["status"] = SystemView.Status(system.Approval),
                ["stage"] = system.Stage.Humanize(),
                ["registered"] = SystemView.Ago(system.RegisteredAt, context.Now),
            });
        }

        // The person's open tasks: everything dated for them in the next 30 days or overdue.
        var tasks = new JsonArray();
        foreach (var task in services.GetRequiredService<SchedulePlanner>().Upcoming(person, context.Now, context.Now + TimeSpan.FromDays(30)).Take(Shown))
        {
            tasks.Add(new JsonObject { ["title"] = task.Title, ["when"] = DueWords.Of(task.DueAt, context.Now) });
        }

        var commands = new JsonArray();
        foreach (var command in engine.Commands.Where(c => !c.Hidden && (!c.AdminOnly || context.Actor.IsAdmin)))
        {
            commands.Add(new JsonObject { ["title"] = command.Usage, ["value"] = command.Description });
        }

        var summary = total switch
        {
            0 => "You have not registered any AI system yet. Type **register** to add one.",
            1 => "You registered or own 1 AI system.",
            _ when total > Shown => string.Create(CultureInfo.InvariantCulture, $"You registered or own {total} AI systems; the newest {Shown} are shown. Type **systems mine** for all."),
            _ => string.Create(CultureInfo.InvariantCulture, $"You registered or own {total} AI systems."),
        };
        var data = new JsonObject
        {
            ["name"] = Markdown.Escape(context.Actor.User.DisplayName),
            ["summary"] = summary,
            ["hasItems"] = items.Count > 0,
            ["items"] = items,
            ["hasTasks"] = tasks.Count > 0,
            ["tasks"] = tasks,
            ["commands"] = commands,
            ["cardId"] = CardIds.New(),
        };
        // Opening the Home tab refreshes the tab; typing "home" answers in the chat like any command.
        context.Add(Reply.ShowCard(TemplateId, data, "Your AI systems and the commands: " + summary) with
        {
            ForHomeTab = context.Turn.Kind == TurnKind.HomeOpened,
        });
        return ValueTask.CompletedTask;
    }
}
