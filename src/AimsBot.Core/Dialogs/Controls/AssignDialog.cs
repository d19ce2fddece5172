using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// <c>assign A.7.4 @person</c>, several ids, or a whole objective (<c>assign A.7 @person</c>): admins
/// set control owners, and the owner is told in their personal chat.
/// </summary>
public sealed class AssignDialog(ControlQueries queries, ControlService service) : IDialog
{
    public string Name => "assign";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("assign", "assign A.7.4 @person (or assign A.7 @person for an objective)", "Make someone the owner of controls; they are told.") { AdminOnly = true },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can assign control owners.");
            return ValueTask.CompletedTask;
        }

        var mentions = context.Turn.Mentions ?? [];
        if (mentions.Count != 1)
        {
            context.Say(mentions.Count == 0
                ? "Mention the new owner, for example **assign A.7.4 @Megan**."
                : "Mention exactly one person as the owner.");
            return ValueTask.CompletedTask;
        }

        var owner = mentions[0];
        var targets = new List<AnnexAControl>();
        foreach (var word in TargetWords(context.Arguments))
        {
            if (queries.Catalogue.FindObjective(ControlsDialog.ObjectiveId(word)) is { } objective)
            {
                targets.AddRange(queries.Catalogue.Controls.Where(c => c.Objective == objective));
                continue;
            }

            var lookup = queries.Resolve(word);
            if (lookup.Kind != ControlLookupKind.Iso42001)
            {
                var message = lookup.Kind == ControlLookupKind.Iso27001
                    ? $"{lookup.Iso27001!.Id} is an ISO 27001 control; owners are assigned to ISO/IEC 42001 controls. Nothing was changed."
                    : ControlView.NotFound(lookup, word, "assign A.7.4 @person") + " Nothing was changed.";
                context.Say(message);
                return ValueTask.CompletedTask;
            }

            targets.Add(lookup.Control!);
        }

        if (targets.Count == 0)
        {
            context.Say("Which controls? Type for example **assign A.7.4 @Megan** or **assign A.7 @Megan** for a whole objective.");
            return ValueTask.CompletedTask;
        }

        targets = [.. targets.Distinct()];
        var outcome = service.Assign(context.Actor, targets, owner);
        if (!outcome.Succeeded)
        {
            context.Say(outcome.Message);
            return ValueTask.CompletedTask;
        }

        var ids = string.Join(", ", targets.Select(t => t.Id));
        context.Say($"{Markdown.Escape(owner.DisplayName)} now owns {ids}. I've told them.");
        var rows = targets.Select(queries.Row).ToList();
        var intro = $"{Markdown.Escape(context.Actor.User.DisplayName)} made you the owner of {(rows.Count == 1 ? "this ISO/IEC 42001 control" : "these ISO/IEC 42001 controls")}. Answer the control questions when you can.";
        context.Add(Reply.ShowCard("soa-owner", ControlCards.OwnerList(rows, owner.DisplayName, intro), $"You now own {ids}.") with
        {
            RecipientUserKey = owner.Key,
        });
        return ValueTask.CompletedTask;
    }

    /// <summary>The ids before the mention; the mention text itself (<c>&lt;at&gt;…&lt;/at&gt;</c>, <c>&lt;@U…&gt;</c>, <c>@name</c>) is dropped.</summary>
    internal static IReadOnlyList<string> TargetWords(string arguments)
    {
        var text = arguments;
        foreach (var marker in (string[])["<at>", "<@", "@"])
        {
            var index = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (index >= 0)
            {
                text = text[..index];
            }
        }

        return text.Split([' ', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
