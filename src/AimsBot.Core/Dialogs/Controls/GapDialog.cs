using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Dialogs.Controls;

/// <summary><c>gap</c>: what transfers from the ISMS, what extends it and what is new, clauses and controls, with how much is done.</summary>
public sealed class GapDialog(ControlQueries queries, IEnumerable<IClauseWork> clauseWork) : IDialog
{
    public string Name => "gap";

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("gap", "gap", "The ISO 27001 to ISO 42001 integration gap: clauses and controls that transfer, extend or are new, and how many are done."),
    ];

    public IReadOnlyList<Verb> Verbs { get; } = [];


    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        var rows = queries.Rows();
        var kinds = new JsonArray();
        foreach (var kind in (ReuseKind[])[ReuseKind.Transfer, ReuseKind.Extend, ReuseKind.New])
        {
            var clauses = queries.Catalogue.Clauses.Where(c => c.Kind == kind).ToList();
            var controls = rows.Where(r => r.Control.Reuse == kind).ToList();
            var done = controls.Count(r => r.IsDone);
            kinds.Add(new JsonObject
            {
                ["label"] = ExportFormat.Label(kind),
                ["counts"] = string.Create(CultureInfo.InvariantCulture, $"{clauses.Count} clauses · {controls.Count} controls, {done} done"),
                ["clauses"] = new JsonArray([.. clauses.Select(c => (JsonNode)ControlView.Fact($"{c.Clause} {c.Title}", $"ISMS: {c.FromIsms}. AI: {c.Addition}."))]),
                ["controls"] = controls.Count == 0
                    ? (kind == ReuseKind.Transfer ? "No Annex A control transfers unchanged." : "None")
                    : string.Join(", ", controls.Select(r => r.IsDone ? r.Control.Id + " ✓" : r.Control.Id)),
            });
        }

        var total = rows.Count(r => r.IsDone);
        var (work, workDone) = ClauseWorkFacts(clauseWork);
        var data = new JsonObject
        {
            ["summary"] = string.Create(CultureInfo.InvariantCulture, $"{total} of {rows.Count} Annex A controls done (implemented, or excluded with a reason) · {workDone} of {work.Count} clause-level items done · ✓ marks done"),
            ["kinds"] = kinds,
            ["work"] = work,
        };
        context.Show("gap", data, $"Integration gap: {data["summary"]}");
        return ValueTask.CompletedTask;
    }

    /// <summary>The clause-level work as facts ("6.1.2 ✓ title", detail) and how many are done.</summary>
    public static (JsonArray Facts, int Done) ClauseWorkFacts(IEnumerable<IClauseWork> items)
    {
        var facts = new JsonArray();
        var done = 0;
        foreach (var item in items.OrderBy(i => i.Clause, StringComparer.Ordinal))
        {
            var state = item.Evaluate();
            done += state.Done ? 1 : 0;
            facts.Add(ControlView.Fact($"{item.Clause} {item.Title}{(state.Done ? " ✓" : "")}", state.Detail));
        }

        return (facts, done);
    }
}
