using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// <c>mapping A.6.2.8</c> shows a control's ISO 27001 links; admins edit them with
/// <c>mapping A.6.2.8 A.8.15 A.8.16</c>, clear them with <c>none</c> or restore the shipped ones with <c>reset</c>.
/// </summary>
public sealed class MappingDialog(ControlQueries queries, ControlService service) : IDialog
{
    public const int MaxLinks = 10;

    public string Name => "mapping";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("mapping", "mapping A.6.2.8 [A.8.15 A.8.16 | none | reset]", "Show or edit (admin) the ISO 27001 controls an ISO 42001 control builds on; the shipped mapping is a starting point, not an official ISO mapping."),
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var lookup = queries.Resolve(words.Length == 0 ? "" : words[0]);
        if (lookup.Kind != ControlLookupKind.Iso42001)
        {
            context.Say(lookup.Kind == ControlLookupKind.Iso27001
                ? "Give the ISO/IEC 42001 control first, then its ISO 27001 links: **mapping A.6.2.8 A.8.15**."
                : ControlView.NotFound(lookup, words.Length == 0 ? "" : words[0], "mapping A.6.2.8 A.8.15 A.8.16"));
            return ValueTask.CompletedTask;
        }

        var control = lookup.Control!;
        if (words.Length == 1)
        {
            var row = queries.Row(control);
            var links = row.Links.Count == 0 ? "no ISO 27001 control" : string.Join(", ", row.Links.Select(l => $"{l} {queries.Catalogue.FindIso27001(l)?.Title}"));
            var origin = row.Record.Iso27001Links is null ? "the shipped starting point" : "edited by your organisation";
            context.Say($"{control.Id} {control.Title} builds on {links} ({origin}).");
            return ValueTask.CompletedTask;
        }

        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can edit the ISO 27001 links.");
            return ValueTask.CompletedTask;
        }

        IReadOnlyList<string>? newLinks;
        var rest = words[1..];
        if (rest is ["reset"])
        {
            newLinks = null;
        }
        else if (rest is ["none"])
        {
            newLinks = [];
        }
        else if (rest.Length > MaxLinks)
        {
            context.Say($"Give at most {MaxLinks} ISO 27001 controls. Nothing was changed.");
            return ValueTask.CompletedTask;
        }
        else
        {
            var parsed = new List<string>();
            foreach (var word in rest)
            {
                if (!ControlId.TryParse(word, out var id, out var standard) || standard == ControlStandard.Iso42001 || queries.Catalogue.FindIso27001(id) is null)
                {
                    var suggestions = queries.Catalogue.Iso27001.Select(c => c.Id).OrderBy(c => CommandText.Distance(word.ToUpperInvariant(), c)).Take(3);
                    context.Say($"“{Markdown.Escape(word.Length > 20 ? word[..20] : word)}” is not an ISO 27001:2022 Annex A control (closest: {string.Join(", ", suggestions)}). Nothing was changed.");
                    return ValueTask.CompletedTask;
                }

                parsed.Add(id);
            }

            newLinks = parsed;
        }

        var outcome = service.SetLinks(context.Actor, control, newLinks);
        if (!outcome.Succeeded)
        {
            context.Say(outcome.Message);
            return ValueTask.CompletedTask;
        }

        var now = queries.Row(control);
        context.Say(newLinks is null
            ? $"{control.Id} is back to the shipped links: {string.Join(", ", now.Links.DefaultIfEmpty("none"))}."
            : $"{control.Id} now builds on {string.Join(", ", now.Links.DefaultIfEmpty("no ISO 27001 control"))}. The change is in the audit log.");
        return ValueTask.CompletedTask;
    }
}
