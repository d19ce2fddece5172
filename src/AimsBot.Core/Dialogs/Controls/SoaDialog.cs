using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using Humanizer;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary>
/// The Statement of Applicability: <c>soa</c> (progress), <c>soa start</c> (ask every owner),
/// <c>soa export</c> (XLSX and CSV), <c>answer A.6.2.8</c> and the answer card's verbs.
/// </summary>
public sealed class SoaDialog(ControlQueries queries, SoaDocumentFlow documents, IEnumerable<IClauseWork> clauseWork) : IDialog
{
    public string Name => "soa";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("soa", "soa [start | approve | versions | export [N]]", "Statement of Applicability progress; `start` asks every owner for their answers (admin); `approve` sends the draft to the committee as the next version (admin); `versions` lists the approved versions; `export` gives the draft, `export N` version N, as XLSX and CSV (admin, committee).") { Menu = "The Statement of Applicability: which controls apply and why" },
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var words = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        switch (words.Length == 0 ? "" : words[0].ToLowerInvariant())
        {
            case "":
                Progress(context);
                break;
            case "start":
                Start(context);
                break;
            case "approve":
                documents.Approve(context);
                break;
            case "versions":
                documents.Versions(context);
                break;
            case "export":
                documents.Export(context, words.Length > 1 ? words[1] : "");
                break;
            default:
                context.Say("Type **soa** for progress, **soa start** to ask the owners, **soa approve** to send it to the committee, **soa versions** for the approved versions, or **soa export** for the files.");
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void Progress(DialogContext context)
    {
        var rows = queries.Rows();
        var answered = rows.Count(r => r.IsAnswered);
        var objectives = new JsonArray([.. ControlCards.Sections(rows, queries.Catalogue).Select(s =>
            (JsonNode)ControlView.Fact(s.Label, Ratio(s.Rows.Count(r => r.IsAnswered), s.Rows.Count)))]);
        var owners = new JsonArray([.. rows.GroupBy(r => r.Record.OwnerKey).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.First().Record.OwnerName, StringComparer.OrdinalIgnoreCase).Select(g =>
            (JsonNode)ControlView.Fact(g.Key.Length == 0 ? "No owner" : Markdown.Escape(g.First().Record.OwnerName), Ratio(g.Count(r => r.IsAnswered), g.Count())))]);
        var overdue = new JsonArray([.. rows.Where(r => r.IsReviewOverdue(context.Now)).Select(r =>
            (JsonNode)ControlView.Fact(r.Control.Id, $"review was due {new DateTimeOffset(r.Record.NextReview!.Value, TimeSpan.Zero).Humanize(context.Now)} · {ControlView.Owner(r.Record)}"))]);
        var (work, workDone) = GapDialog.ClauseWorkFacts(clauseWork);
        var data = new JsonObject
        {
            ["summary"] = $"{Ratio(answered, rows.Count)} controls answered · {ControlCards.Counts(rows)} · {Ratio(workDone, work.Count)} clause-level items done · {documents.Status()}",
            ["work"] = work,
            ["objectives"] = objectives,
            ["owners"] = owners,
            ["overdue"] = overdue,
            ["hasOverdue"] = overdue.Count > 0,
            ["overdueCount"] = "review".ToQuantity(overdue.Count) + " overdue",
        };
        context.Show("soa-progress", data, $"Statement of Applicability: {data["summary"]}");
    }

    private void Start(DialogContext context)
    {
        if (!context.Actor.IsAdmin)
        {
            context.Say("Only an AIMS admin can start the SoA round.");
            return;
        }

        var open = queries.Rows().Where(r => !r.IsAnswered).ToList();
        if (open.Count == 0)
        {
            context.Say("Every control is answered already. Type **soa** for the progress or **soa export** for the files.");
            return;
        }

        var owned = open.Where(r => r.Record.OwnerKey.Length > 0).GroupBy(r => r.Record.OwnerKey).ToList();
        foreach (var group in owned)
        {
            var rows = group.ToList();
            var intro = $"{Markdown.Escape(context.Actor.User.DisplayName)} started the Statement of Applicability round. You own {"unanswered control".ToQuantity(rows.Count)}: please answer the control questions.";
            context.Add(Reply.ShowCard("soa-owner", ControlCards.OwnerList(rows, rows[0].Record.OwnerName, intro), $"Please answer {string.Join(", ", rows.Select(r => r.Control.Id))}.") with
            {
                RecipientUserKey = group.Key,
            });
        }

        var unowned = open.Where(r => r.Record.OwnerKey.Length == 0).Select(r => r.Control.Id).ToList();
        var sent = owned.Count == 0 ? "No unanswered control has an owner, so I sent nothing." : $"Sent {"owner".ToQuantity(owned.Count)} their unanswered controls ({owned.Sum(g => g.Count()).ToString(CultureInfo.InvariantCulture)} in all).";
        context.Say(unowned.Count == 0 ? sent : $"{sent} {"control".ToQuantity(unowned.Count)} still {(unowned.Count == 1 ? "has" : "have")} no owner: {string.Join(", ", unowned)}. Assign them with **assign A.7.4 @person**.");
    }

    private static string Ratio(int part, int total) => string.Create(CultureInfo.InvariantCulture, $"{part}/{total}");
}
