using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Inventory;
using Humanizer;

namespace AimsBot.Core.Dialogs;

/// <summary><c>systems</c> (paged inventory, <c>systems mine</c>) and <c>system AI-0001</c> (one record with its history).</summary>
public sealed class SystemsDialog(IAiSystemStore systems, IAuditLog audit, SystemEditor editor, PeopleDirectory people, AttestationSchedule attestation) : IDialog
{
    public const int PageSize = 10;

    public string Name => "systems";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("systems", "systems [mine] [all] [page N]", "The AI system inventory, newest first; `mine` for what you registered or own; `all` includes retired systems.") { Menu = "List the AI system inventory (add mine for your own)" },
        new("system", "system AI-0001", "One AI system: every inventory field, its approval, flags and its history field by field.") { Menu = "Show one AI system, for example: system AI-0001" },
        new("retire", "retire AI-0001 reason", "Owner or admin: retire an AI system (a reason is required); it stays in the inventory."),
    ];

    public static readonly Verb PageVerb = new("systems/page");

    public IReadOnlyList<Verb> Verbs { get; } = [PageVerb];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction && context.Verb == PageVerb)
        {
            var page = int.TryParse(context.Turn.Value("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
            List(context, page, context.Turn.Value("mine") == "true", replace: true, context.Turn.Value("all") == "true");
        }
        else if (context.Command == "system")
        {
            Show(context, context.Arguments);
        }
        else if (context.Command == "retire")
        {
            Retire(context, context.Arguments);
        }
        else
        {
            var words = context.Arguments.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var mine = words.Contains("mine");
            var all = words.Contains("all");
            var pageIndex = Array.IndexOf(words, "page");
            var page = pageIndex >= 0 && pageIndex + 1 < words.Length && int.TryParse(words[pageIndex + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
            List(context, page, mine, replace: false, all);
        }

        return ValueTask.CompletedTask;
    }

    private void Retire(DialogContext context, string arguments)
    {
        var parts = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var id = parts.Length > 0 ? SystemNames.ParseId(parts[0]) : null;
        var system = id is null ? null : systems.Get(id);
        if (system is null)
        {
            context.Say("Which one, and why? Type for example **retire AI-0001 replaced by the new contract tool**.");
            return;
        }

        var reason = parts.Length > 1 ? parts[1] : "";
        if (reason.Length == 0 || reason.Length > 500)
        {
            context.Say($"Say why {system.Id} is retired (at most 500 characters), for example **retire {system.Id} replaced by the new contract tool**.");
            return;
        }

        context.Say(editor.Retire(context, system, reason));
    }

    private void List(DialogContext context, int page, bool mine, bool replace, bool all = false)
    {
        var person = mine ? context.Actor.Key : null;
        var total = systems.Count(person, all);
        if (total == 0)
        {
            context.Say(mine ? "You have not registered any AI system yet. Type **register** to add one." : "The inventory is empty. Type **register** to add the first AI system.");
            return;
        }

        var pages = (total + PageSize - 1) / PageSize;
        page = Math.Clamp(page, 1, pages);
        var items = new JsonArray();
        foreach (var system in systems.List((page - 1) * PageSize, PageSize, person, all))
        {
            items.Add(new JsonObject
            {
                ["id"] = system.Id,
                ["name"] = Markdown.Escape(system.Name),
                ["status"] = SystemView.Status(system.Approval),
                ["stage"] = system.Stage.Humanize() + (system.ReassessmentDue ? " · re-assessment due" : ""),
                ["owner"] = Markdown.Escape(system.BusinessOwnerName),
                ["registered"] = SystemView.Ago(system.RegisteredAt, context.Now),
            });
        }

        var data = new JsonObject
        {
            ["title"] = mine ? "Your AI systems" : "AI system inventory",
            ["summary"] = $"{"system".ToQuantity(total)} · page {page} of {pages}",
            ["items"] = items,
            ["mine"] = mine ? "true" : "false",
            ["all"] = all ? "true" : "false",
            ["hasPrevious"] = page > 1,
            ["hasNext"] = page < pages,
            ["previousPage"] = (page - 1).ToString(CultureInfo.InvariantCulture),
            ["nextPage"] = (page + 1).ToString(CultureInfo.InvariantCulture),
            ["cardId"] = CardIds.New(),
        };
        var fallback = $"{data["title"]}: {data["summary"]}";
        if (replace)
        {
            context.ReplaceCard("systems", data, fallback);
        }
        else
        {
            context.Show("systems", data, fallback);
        }
    }

    private void Show(DialogContext context, string argument)
    {
        var id = SystemNames.ParseId(argument);
        var system = id is null ? null : systems.Get(id);
        if (system is null)
        {
            context.Say(argument.Length == 0
                ? "Which one? Type for example **system AI-0001**, or **systems** for the list."
                : $"There is no AI system “{Markdown.Escape(argument.Length > 40 ? argument[..40] : argument)}”. Ids look like AI-0001; type **systems** for the list.");
            return;
        }

        var history = SystemHistory.Facts(audit.ForEntity("aisystem:" + system.Id, SystemHistory.Shown), context.Now);
        var data = new JsonObject
        {
            ["id"] = system.Id,
            ["name"] = Markdown.Escape(system.Name),
            ["facts"] = SystemView.WithAttestation(SystemView.Facts(system, context.Now, full: true), system, attestation.NextDue(system), context.Now),
            ["flags"] = SystemView.Flags(system, people),
            ["history"] = history,
        };
        context.Show("system", data, $"{system.Id}: {system.Name} ({SystemView.Status(system.Approval)})");
    }
}
