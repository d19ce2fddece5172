using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Core.Dialogs;

/// <summary><c>help</c> and the welcome card when the bot is added: every command, from the dialogs themselves.</summary>
public sealed class HelpDialog(IServiceProvider services) : IDialog
{
    public string Name => "help";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("help", "help", "Show this list of commands.") { Menu = "Show what AimsBot can do for you" },
        new("welcome", "welcome", "Show the welcome card.") { Hidden = true },
    ];

    /// <summary>The home card's "Every command" button.</summary>
    public static readonly Verb ShowVerb = new("help/show");

    public IReadOnlyList<Verb> Verbs { get; } = [ShowVerb];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        // Resolved on use: the engine is built from the dialogs, this one included.
        var engine = services.GetRequiredService<ConversationEngine>();
        var commands = new JsonArray();
        foreach (var command in engine.Commands.Where(c => !c.Hidden && (!c.AdminOnly || context.Actor.IsAdmin)))
        {
            commands.Add(new JsonObject { ["title"] = command.Usage, ["value"] = command.Description });
        }

        var welcome = context.Command == "welcome" && context.Kind == InvocationKind.Command;
        var roles = new List<string>();
        if (context.Actor.IsAdmin)
        {
            roles.Add("AIMS admin");
        }

        if (context.Actor.IsCommittee)
        {
            roles.Add("committee member");
        }

        var data = new JsonObject
        {
            ["welcome"] = welcome,
            ["name"] = Markdown.Escape(context.Actor.User.DisplayName),
            ["roles"] = roles.Count == 0 ? "" : "You are " + string.Join(" and ", roles) + ".",
            ["commands"] = commands,
        };
        context.Show("help", data, welcome
            ? "Hi! I'm AimsBot: I keep your AI system inventory and ISO/IEC 42001 governance in chat. Type help to see what I can do."
            : "Here is what I can do. Type a command, for example: register");
        return ValueTask.CompletedTask;
    }
}
