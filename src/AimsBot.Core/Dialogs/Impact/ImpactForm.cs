using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Impact;
using Humanizer;

namespace AimsBot.Core.Dialogs.Impact;

/// <summary>
/// <c>impact AI-0001</c>: the AI system impact assessment (ISO/IEC 42001 6.1.4) on the form engine:
/// purpose, context, who is affected and the benefits; each impact dimension's harm, severity,
/// likelihood and reversibility (two cards); foreseeable misuse, mitigations, oversight and the
/// conclusion; then a summary before it is saved and sent to the committee. A re-assessment starts
/// from the current version's answers.
/// </summary>
public sealed class ImpactForm(ImpactService service, ImpactChecks checks, IImpactStore impacts, IAiSystemStore systems, ApprovalFlow approvals, ImpactCardsFactory cards)
    : FormDialog<ImpactAssessment>(DialogName)
{
    public const string DialogName = "impact-assess";

    public static readonly Verb StartVerb = new(DialogName + "/start");

    private static readonly string[] ContextFields = ["purpose", "affected", "vulnerable", "benefits"];
    private static readonly string[] ConclusionFields = ["misuse", "mitigations", "oversight", "conclusion", "conditions"];

    public override string Noun => "impact assessment";

    /// <summary>Typed as <c>impact AI-0001</c>, which the <c>impact</c> dialog hands over (see <see cref="Open"/>).</summary>
    public override IReadOnlyList<CommandInfo> Commands { get; } = [];

    protected override IReadOnlyList<Verb> StartVerbs => [StartVerb];

    protected override IReadOnlyList<FormStep<ImpactAssessment>> Steps => field ??=
    [
        new("impact-context", ContextFields, (input, draft) =>
        {
            draft.Purpose = input.Reader.Raw("purpose");
            draft.Affected = input.Reader.Raw("affected");
            draft.VulnerableGroups = input.Reader.Raw("vulnerable");
            draft.Benefits = input.Reader.Raw("benefits");
            Check(input, draft, ContextFields);
        }, draft => new Dictionary<string, string>
        {
            ["purpose"] = draft.Purpose,
            ["affected"] = draft.Affected,
            ["vulnerable"] = draft.VulnerableGroups,
            ["benefits"] = draft.Benefits,
        })
        {
            Data = view => Header(view.Draft),
        },
        HarmStep("impact-harms-1", ImpactDimensions.All.Take(4)),
        HarmStep("impact-harms-2", ImpactDimensions.All.Skip(4)),
        new("impact-conclusion", ConclusionFields, (input, draft) =>
        {
            draft.ForeseeableMisuse = input.Reader.Raw("misuse");
            draft.Mitigations = input.Reader.Raw("mitigations");
            draft.Oversight = input.Reader.Raw("oversight");
            draft.Conclusion = input.Reader.Choice<ImpactConclusion>("conclusion", "Conclusion", required: false) ?? 0;
            draft.Conditions = input.Reader.Raw("conditions");
            Check(input, draft, ConclusionFields);
        }, draft => new Dictionary<string, string>
        {
            ["misuse"] = draft.ForeseeableMisuse,
            ["mitigations"] = draft.Mitigations,
            ["oversight"] = draft.Oversight,
            ["conclusion"] = Enum.IsDefined(draft.Conclusion) ? draft.Conclusion.ToString() : "",
            ["conditions"] = draft.Conditions,
        })
        {
            Data = view => Merge(Header(view.Draft), new JsonObject { ["conclusionChoices"] = ImpactCardsFactory.Choices<ImpactConclusion>() }),
        },
        new("impact-confirm", [], (_, _) => { }, _ => new Dictionary<string, string>())
        {
            Data = view => Merge(Header(view.Draft), cards.Summary(view.Draft)),
        },
    ];

    /// <summary><c>impact AI-0001</c> from the <c>impact</c> dialog: resume an unfinished form, or start.</summary>
    public void Open(DialogContext context) => OnCommand(context);

    protected override void OnStartVerb(DialogContext context) => StartOrResume(context, context.Turn.Value("systemId") ?? "");

    /// <summary>Someone who may not assess the system is told so before any unfinished form is offered for resuming.</summary>
    protected override string? Precheck(DialogContext context, string arguments) =>
        SystemNames.ParseId(arguments.Trim()) is { } id && systems.Get(id) is not null ? checks.Problem(context.Actor, id) : null;

    protected override FormStart<ImpactAssessment>? Begin(DialogContext context, string arguments)
    {
        var typed = arguments.Trim();
        var id = SystemNames.ParseId(typed);
        var problem = typed.Length == 0
            ? "Which AI system? Type for example **impact AI-0001**."
            : id is null ? $"There is no AI system “{Markdown.Escape(typed.Length > 40 ? typed[..40] + "…" : typed)}”. Ids look like AI-0001; type **systems** for the list." : checks.Problem(context.Actor, id);
        if (problem is not null)
        {
            context.Add(Reply.Say(problem) with { Outcome = context.Kind == InvocationKind.CardAction ? CardOutcome.Refused : null });
            return null;
        }

        var system = systems.Get(id!)!;
        var current = impacts.ForSystem(system.Id).LastOrDefault(a => a.IsCurrent);
        var draft = current is null ? FromSystem(system) : Prefilled(current);
        return new FormStart<ImpactAssessment>(draft, system.Id, $"impact assessment of {system.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, ImpactAssessment draft, string cardId)
    {
        var outcome = service.Record(context.Actor, draft, cardId);
        if (!outcome.Succeeded)
        {
            Refuse(context, outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.Values) : outcome.Message);
            return;
        }

        var assessment = outcome.Assessment!;
        // The version it supersedes leaves the committee's queue: deciding on it would decide nothing that holds.
        var withdrawn = assessment.Supersedes.Length > 0
            && approvals.Withdraw(context, ImpactReviewSubject.KindName, assessment.Supersedes, $"superseded by {assessment.Id}");
        var (_, requests) = approvals.Request(context, ImpactReviewSubject.KindName, assessment.Id, $"{assessment.Id} impact assessment of {assessment.SystemId} {assessment.SystemName} (version {assessment.Version.ToString(CultureInfo.InvariantCulture)})");
        var routed = requests.Count == 0
            ? " No committee member can be reached yet: they get the review request once they have talked to me."
            : $" Sent to {"committee member".ToQuantity(requests.Count)} for review.";
        var note = withdrawn ? $" The committee's pending review of {assessment.Supersedes} was withdrawn." : "";
        Finish(context, "impact", cards.Detail(assessment, context.Actor, context.Now), outcome.Message + routed + note);
        foreach (var request in requests)
        {
            context.Add(request);
        }
    }

    private FormStep<ImpactAssessment> HarmStep(string template, IEnumerable<ImpactDimension> dimensions)
    {
        var list = dimensions.ToList();
        var fields = list.SelectMany(ImpactDimensions.Fields).ToArray();
        return new(template, fields, (input, draft) =>
        {
            foreach (var dimension in list)
            {
                var key = ImpactDimensions.Key(dimension);
                var harm = Harm(draft, dimension);
                harm.Applies = input.Reader.Toggle(key + "Applies");
                harm.Harm = input.Reader.Raw(key + "Harm");
                harm.Severity = Number(input.Reader.Raw(key + "Severity"));
                harm.Likelihood = Number(input.Reader.Raw(key + "Likelihood"));
                harm.Reversibility = input.Reader.Choice<Reversibility>(key + "Reversibility", "Reversibility", required: false);
            }

            Check(input, draft, fields);
        }, draft =>
        {
            var shown = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var dimension in list)
            {
                var key = ImpactDimensions.Key(dimension);
                var harm = Harm(draft, dimension);
                shown[key + "Applies"] = harm.Applies ? "true" : "false";
                shown[key + "Harm"] = harm.Harm;
                shown[key + "Severity"] = harm.Severity == 0 ? "" : harm.Severity.ToString(CultureInfo.InvariantCulture);
                shown[key + "Likelihood"] = harm.Likelihood == 0 ? "" : harm.Likelihood.ToString(CultureInfo.InvariantCulture);
                shown[key + "Reversibility"] = harm.Reversibility?.ToString() ?? "";
            }

            return shown;
        })
        {
            Data = view => Merge(Header(view.Draft), ImpactCardsFactory.Scales(service.Method)),
        };
    }

    private void Check(FormStepInput input, ImpactAssessment draft, string[] fields)
    {
        foreach (var (field, message) in checks.Errors(draft).Where(e => fields.Contains(e.Key)))
        {
            input.Reader.Fail(field, message);
        }
    }

    private JsonObject Header(ImpactAssessment draft)
    {
        var system = systems.Get(draft.SystemId);
        return new JsonObject
        {
            ["system"] = system is null ? draft.SystemId : $"{system.Id} {Markdown.Escape(system.Name)}",
            ["basis"] = draft.Supersedes.Length > 0 ? $"Re-assessment: the answers of {draft.Supersedes} are filled in; change what no longer holds." : "",
        };
    }

    private static ImpactHarm Harm(ImpactAssessment draft, ImpactDimension dimension)
    {
        if (draft.Harms.FirstOrDefault(h => h.Dimension == dimension) is { } harm)
        {
            return harm;
        }

        harm = new ImpactHarm { Dimension = dimension };
        draft.Harms.Add(harm);
        return harm;
    }

    /// <summary>A first assessment starts from what the inventory record already says.</summary>
    private static ImpactAssessment FromSystem(AiSystem system) => new()
    {
        SystemId = system.Id,
        Purpose = system.Purpose,
        Affected = system.AffectedPeople,
        Oversight = system.Oversight,
        ForeseeableMisuse = "",
        Harms = [.. ImpactDimensions.All.Select(d => new ImpactHarm { Dimension = d })],
    };

    /// <summary>A re-assessment starts from the current version's answers (<see cref="ImpactAssessment.Supersedes"/> marks the basis on the cards).</summary>
    private static ImpactAssessment Prefilled(ImpactAssessment current)
    {
        var draft = current.Copy();
        draft.Supersedes = current.Id;
        return draft;
    }

    private static JsonObject Merge(JsonObject first, JsonObject second)
    {
        foreach (var (key, value) in second.ToList())
        {
            second.Remove(key);
            first[key] = value;
        }

        return first;
    }

    private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
