using System.Text.RegularExpressions;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// <c>controls</c> (all 38 by objective with SoA state and counts; filters <c>mine</c>, a status, an
/// objective or a keyword) and <c>control A.6.2.8</c> / <c>control A.8.15</c> (one control's card).
/// </summary>
public sealed partial class ControlsDialog(ControlQueries queries, ControlService service, IEvidenceStore evidence, ITreatmentLinks treatments) : IDialog
{
    private static readonly Dictionary<string, (string Label, Func<ControlRow, bool> Test)> StatusFilters = new(StringComparer.OrdinalIgnoreCase)
    {
        ["unanswered"] = ("unanswered", r => !r.IsAnswered),
        ["answered"] = ("answered", r => r.IsAnswered),
        ["applicable"] = ("applicable", r => r.Record.Applicability == Applicability.Applicable),
        ["excluded"] = ("excluded", r => r.Record.Applicability == Applicability.Excluded),
        ["implemented"] = ("implemented", r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.Implemented),
        ["partial"] = ("partially implemented", r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.PartiallyImplemented),
        ["partially implemented"] = ("partially implemented", r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.PartiallyImplemented),
        ["planned"] = ("planned", r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.Planned),
        ["not started"] = ("not started", r => r.Record.Applicability == Applicability.Applicable && r.Record.Status == ImplementationStatus.NotStarted),
        ["unowned"] = ("without an owner", r => r.Record.OwnerKey.Length == 0),
    };

    public string Name => "controls";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("controls", "controls [mine | unanswered | implemented | A.7 | keyword]", "The 38 ISO/IEC 42001 Annex A controls by objective, with their SoA answer, status and owner.") { Menu = "List the ISO/IEC 42001 Annex A controls" },
        new("control", "control A.6.2.8", "One control: guidance questions, linked ISO 27001 controls, owner, answer, evidence. Also works for ISO 27001 ids (control 27001:A.8.15)."),
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Command == "control")
        {
            Show(context, context.Arguments);
        }
        else
        {
            List(context, context.Arguments);
        }

        return ValueTask.CompletedTask;
    }

    private void List(DialogContext context, string arguments)
    {
        var filter = Spaces().Replace(arguments.Trim(), " ");
        var rows = queries.Rows();
        string title = "ISO/IEC 42001 Annex A controls", label = "";
        if (filter.Length > ControlQueries.MaxKeywordLength)
        {
            context.Say($"That filter is too long: keep it to {ControlQueries.MaxKeywordLength} characters.");
            return;
        }

        if (filter.Length == 0)
        {
            // All controls.
        }
        else if (string.Equals(filter, "mine", StringComparison.OrdinalIgnoreCase))
        {
            rows = [.. rows.Where(r => r.Record.OwnerKey == context.Actor.Key)];
            title = "Controls you own";
            if (rows.Count == 0)
            {
                context.Say("You don't own any control yet. An AIMS admin assigns owners with **assign A.7.4 @person**.");
                return;
            }
        }
        else if (StatusFilters.TryGetValue(filter, out var status))
        {
            rows = [.. rows.Where(status.Test)];
            label = " " + status.Label;
        }
        else if (queries.Catalogue.FindObjective(ObjectiveId(filter)) is { } objective)
        {
            rows = [.. rows.Where(r => r.Control.Objective == objective)];
            title = objective.Label;
        }
        else
        {
            var matches = queries.Search(filter, rows).ToHashSet();
            rows = [.. rows.Where(r => matches.Contains(r.Control))];
            label = $" matching “{Markdown.Escape(filter)}”";
            if (rows.Count == 0)
            {
                context.Say($"No control matches “{Markdown.Escape(filter)}”. Try another word, a status (unanswered, applicable, excluded, implemented, planned) or **controls** for all.");
                return;
            }
        }

        if (rows.Count == 0)
        {
            context.Say($"No control is{label} right now. Type **controls** for all of them.");
            return;
        }

        var data = ControlCards.List(rows, title, label, queries.Catalogue);
        context.Show("controls", data, $"{title}: {data["summary"]}");
    }

    private void Show(DialogContext context, string argument)
    {
        var lookup = queries.Resolve(argument);
        switch (lookup.Kind)
        {
            case ControlLookupKind.Iso42001:
                var row = queries.Row(lookup.Control!);
                var data = ControlCards.Detail(row, evidence.ForIso42001(row.Control.Id), queries.Catalogue, context.Now, ControlService.MayAnswer(context.Actor, row.Record), lookup.Iso27001, treatments.RisksTreatedBy(row.Control.Id));
                context.Show("control", data, $"{row.Control.Id} {row.Control.Title}: {ControlView.Soa(row.Record)}, {ControlView.Status(row.Record)}");
                break;
            case ControlLookupKind.Iso27001:
                var iso = lookup.Iso27001!;
                var building = service.BuildingOn(iso.Id).Select(queries.Row).ToList();
                context.Show("control-iso27001", ControlCards.Iso27001(iso, building, evidence.ForIso27001(iso.Id)), $"ISO 27001 {iso.Id} {iso.Title}");
                break;
            default:
                context.Say(ControlView.NotFound(lookup, argument, "control A.6.2.8"));
                break;
        }
    }

    /// <summary>"a.7", "A7" and "A.7" name objective A.7.</summary>
    internal static string ObjectiveId(string text)
    {
        var match = Objective().Match(text.Trim());
        return match.Success ? "A." + match.Groups[1].Value : "";
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^a\.?(\d{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex Objective();
}
