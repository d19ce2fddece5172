using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Dialogs.Risk;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Impact;

/// <summary>
/// <c>impact AI-0001</c> (handed to the form), <c>impact IA-0001</c> (one assessment with its versions),
/// <c>impact export [IA-0001]</c> (auditors), <c>impacts [AI-0001]</c> (the current assessments, or one
/// system's versions), and the harm card's button that raises a risk from a harm (6.1.4 feeds 6.1.2).
/// </summary>
public sealed class ImpactDialog(
    IImpactStore impacts,
    IAiSystemStore systems,
    IRiskStore risks,
    ImpactForm form,
    RiskForm riskForm,
    ImpactCardsFactory cards,
    ImpactExportBuilder exports,
    ExportPublisher publisher) : IDialog
{
    public const int ListMax = 30;

    public static readonly Verb RiskVerb = new("impact/risk");

    public string Name => "impact";

    public IReadOnlyList<Verb> Verbs { get; } = [RiskVerb];

    public IReadOnlyList<CommandInfo> Commands { get; } =
    [
        new("impact", "impact AI-0001 | impact IA-0001 | impact export [IA-0001]", "Assess an AI system's impact on people, groups and society (owner, admin), read an assessment with its versions, or export them (admin, committee)."),
        new("impacts", "impacts [AI-0001]", "The current impact assessment of every AI system and the systems still needing one, or every version for one system."),
    ];

    public ValueTask RunAsync(DialogContext context, CancellationToken cancellationToken)
    {
        if (context.Kind == InvocationKind.CardAction)
        {
            RaiseRisk(context);
            return ValueTask.CompletedTask;
        }

        var arguments = context.Arguments.Trim();
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (context.Command == "impacts")
        {
            List(context, arguments);
        }
        else if (words.Length == 0)
        {
            context.Say("Which one? Type **impact AI-0001** to assess a system's impact, **impact IA-0001** to read an assessment, or **impacts** for the list.");
        }
        else if (words[0].Equals("export", StringComparison.OrdinalIgnoreCase))
        {
            Export(context, words.Length > 1 ? words[1] : "");
        }
        else if (ImpactIds.LooksLikeId(words[0]))
        {
            Show(context, words[0]);
        }
        else
        {
            form.Open(context);
        }

        return ValueTask.CompletedTask;
    }

    private void Show(DialogContext context, string typed)
    {
        if ((ImpactIds.Parse(typed) is { } id ? impacts.Get(id) : null) is not { } a)
        {
            context.Say($"There is no impact assessment “{Markdown.Escape(typed.Length > 20 ? typed[..20] + "…" : typed)}”. Type **impacts** for the list.");
            return;
        }

        context.Show("impact", cards.Detail(a, context.Actor, context.Now), $"{a.Id}: impact assessment of {a.SystemId} (version {a.Version.ToString(CultureInfo.InvariantCulture)}), {ExportFormat.Label(a.Status).ToLowerInvariant()}");
    }

    private void List(DialogContext context, string argument)
    {
        var lines = new List<string>();
        string title;
        if (argument.Length > 0)
        {
            var id = SystemNames.ParseId(argument);
            if ((id is null ? null : systems.Get(id)) is not { } system)
            {
                context.Say($"There is no AI system “{Markdown.Escape(argument.Length > 20 ? argument[..20] + "…" : argument)}”. Type **impacts** for every system.");
                return;
            }

            title = $"Impact assessments of {system.Id} {Markdown.Escape(system.Name)}";
            lines.AddRange(impacts.ForSystem(system.Id).Reverse().Select(a => Line(a, context.Now)));
            if (lines.Count == 0)
            {
                lines.Add($"None yet. {(ImpactAssessmentRequirement.IsRequired(system) ? "It needs one (" + string.Join("; ", ImpactAssessmentRequirement.Reasons(system)) + ")." : "")} The owner starts one with **impact {system.Id}**.");
            }
        }
        else
        {
            title = "Impact assessments";
            var current = impacts.All().Where(a => a.IsCurrent).ToList();
            var assessed = current.Select(a => a.SystemId).ToHashSet(StringComparer.Ordinal);
            var needing = systems.All().Where(s => s.Stage != LifecycleStage.Retired && !assessed.Contains(s.Id)
                && (ImpactAssessmentRequirement.IsRequired(s) || s.ReassessmentDue)).ToList();
            lines.AddRange(needing.Take(ListMax).Select(s => $"**{s.Id}** {Markdown.Escape(s.Name)}: needs an impact assessment"));
            lines.AddRange(current.OrderByDescending(a => a.Number).Take(Math.Max(0, ListMax - lines.Count)).Select(a => Line(a, context.Now)));
            var shown = lines.Count;
            var total = needing.Count + current.Count;
            if (total > shown)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"… and {total - shown} more: type **impacts AI-0001** for one system, or **impact export** for everything."));
            }

            if (lines.Count == 0)
            {
                lines.Add("No impact assessment yet. A system's owner starts one with **impact AI-0001**.");
            }
        }

        context.Show("notice", new JsonObject { ["title"] = title, ["lines"] = new JsonArray([.. lines.Select(l => (JsonNode)l)]) }, title);
    }

    private string Line(ImpactAssessment a, DateTimeOffset now)
    {
        var due = systems.Get(a.SystemId) is { ReassessmentDue: true } ? " · **re-assessment due**" : "";
        return $"**{a.Id}** {a.SystemId} {Markdown.Escape(a.SystemName)} · version {a.Version.ToString(CultureInfo.InvariantCulture)} · {ExportFormat.Label(a.Status).ToLowerInvariant()} · {ExportFormat.Label(a.Conclusion).ToLowerInvariant()} · review {RiskView.When(a.NextReview, now)}{(a.IsCurrent ? "" : " · superseded by " + a.SupersededBy)}{due}";
    }

    private void Export(DialogContext context, string typed)
    {
        if (!ExportPublisher.MayExport(context.Actor))
        {
            context.Say("Only AIMS admins and committee members can export impact assessments.");
            return;
        }

        if (typed.Length > 0)
        {
            if ((ImpactIds.Parse(typed) is { } id ? impacts.Get(id) : null) is not { } one)
            {
                context.Say($"There is no impact assessment “{Markdown.Escape(typed.Length > 20 ? typed[..20] + "…" : typed)}”. Type **impact export** for all of them.");
                return;
            }

            var document = exports.BuildOne(one);
            publisher.Publish(context, $"Impact assessment {one.Id}", "impact-assessment-" + one.Id, document, document[0],
                [ControlView.Fact("AI system", $"{one.SystemId} {Markdown.Escape(one.SystemName)}"), ControlView.Fact("Version", one.Version.ToString(CultureInfo.InvariantCulture))]);
            return;
        }

        var tables = exports.Build();
        publisher.Publish(context, "AI system impact assessments", "impact-assessments", tables, tables[0],
            [ControlView.Fact("Assessments", tables[0].Rows.Count.ToString(CultureInfo.InvariantCulture)), ControlView.Fact("Harms", tables[1].Rows.Count.ToString(CultureInfo.InvariantCulture))]);
    }

    private void RaiseRisk(DialogContext context)
    {
        var id = ImpactIds.Parse(context.Turn.Value("assessment") ?? "");
        var dimension = ImpactDimensions.Parse(context.Turn.Value("dimension") ?? "");
        if ((id is null ? null : impacts.Get(id)) is not { } a || dimension is null || a.Harms.FirstOrDefault(h => h.Dimension == dimension) is not { Applies: true })
        {
            context.Refuse("I couldn't find that harm, so nothing changed. Type **impacts** for the assessments.");
            return;
        }

        if (risks.FromAssessment(a.Id).FirstOrDefault(r => r.ImpactHarm == dimension.ToString()) is { } existing)
        {
            context.Refuse($"{existing.Id} was already raised from this harm: type **risk {existing.Id}**.");
            return;
        }

        if (context.State.Form is { } open)
        {
            context.Refuse($"You have an unfinished {(open.Noun.Length > 0 ? open.Noun : "form")}: finish it or type **cancel**, then press the button again.");
            return;
        }

        riskForm.StartNew(context, $"from {a.Id} {dimension}");
    }
}
