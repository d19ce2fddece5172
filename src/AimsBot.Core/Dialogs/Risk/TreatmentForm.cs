using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// <c>risk treat R-0001</c>: the treatment plan on the form engine (6.1.3): the option, the Annex A
/// controls chosen, what will be done, the treatment owner and due date, the residual likelihood and
/// impact, then the residual level and what acceptance it will need, before it is saved.
/// </summary>
public sealed class TreatmentForm(RiskService service, RiskChecks checks, IRiskStore risks, IAiSystemStore systems, IAuditLog audit, PeopleDirectory people) : FormDialog<TreatmentFormDraft>("risk-treat")
{
    private readonly PersonField person = new(people);

    private static readonly string[] PlanFields = ["option", "controls", "plan"];
    private static readonly string[] ResidualFields = ["owner", "dueDate", "residualLikelihood", "residualImpact"];

    /// <summary>The risk card's "Plan the treatment" button.</summary>
    public static readonly Verb StartVerb = new("risk-treat/start");

    public override string Noun => "risk treatment";

    /// <summary>Typed as <c>risk treat R-0001</c>, which the <c>risk</c> dialog hands over (see <see cref="Open"/>).</summary>
    public override IReadOnlyList<CommandInfo> Commands { get; } = [];

    protected override IReadOnlyList<FormStep<TreatmentFormDraft>> Steps => field ??=
    [
        new("risk-treat-plan", PlanFields, (input, draft) =>
        {
            draft.Option = input.Reader.Choice<TreatmentOption>("option", "Treatment option", required: false);
            draft.Controls = input.Reader.Raw("controls");
            draft.Plan = input.Reader.Raw("plan");
            Check(input, draft, PlanFields);
        }, draft => new Dictionary<string, string>
        {
            ["option"] = draft.Option?.ToString() ?? "",
            ["controls"] = draft.Controls,
            ["plan"] = draft.Plan,
        })
        {
            Data = view => Header(view.Draft, withLevel: true),
        },
        new("risk-treat-residual", ResidualFields, (input, draft) =>
        {
            draft.Person = person.Read(input, "owner", "Treatment owner", draft.Person, editing: draft.Replanning, emptyMeansMe: true);
            draft.DueDate = DateOnly.TryParseExact(input.Reader.Raw("dueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due) ? due : null;
            draft.ResidualLikelihood = Number(input.Reader.Raw("residualLikelihood"));
            draft.ResidualImpact = Number(input.Reader.Raw("residualImpact"));
            Check(input, draft, ResidualFields);
        }, draft => new Dictionary<string, string>
        {
            ["owner"] = draft.Owner,
            ["dueDate"] = draft.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            ["residualLikelihood"] = draft.ResidualLikelihood == 0 ? "" : draft.ResidualLikelihood.ToString(CultureInfo.InvariantCulture),
            ["residualImpact"] = draft.ResidualImpact == 0 ? "" : draft.ResidualImpact.ToString(CultureInfo.InvariantCulture),
        })
        {
            Data = view => RiskFormCards.Merge(RiskFormCards.Merge(Header(view.Draft, withLevel: false), RiskFormCards.Scales(service.Method)), person.Data("owner", view.Draft.Person, view.Draft.Replanning, view.Conversation)),
        },
        new("risk-treat-confirm", [], (_, _) => { }, _ => new Dictionary<string, string>())
        {
            Data = view => RiskFormCards.Merge(Header(view.Draft, withLevel: false), Confirm(view.Draft)),
        },
    ];

    protected override IReadOnlyList<Verb> StartVerbs => [StartVerb];

    /// <summary><c>risk treat R-0001</c> from the <c>risk</c> dialog: resume an unfinished form, or start.</summary>
    public void Open(DialogContext context) => OnCommand(context);

    protected override void OnStartVerb(DialogContext context) => StartOrResume(context, context.Turn.Value("risk") ?? "");

    /// <summary>Someone who may not plan the treatment is told so before any unfinished form is offered for resuming.</summary>
    protected override string? Precheck(DialogContext context, string arguments)
    {
        var typed = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Equals("treat", StringComparison.OrdinalIgnoreCase)).FirstOrDefault() ?? "";
        return (RiskIds.Parse(typed) is { } id ? risks.Get(id) : null) is { } risk && !service.MayEdit(context.Actor, risk)
            ? $"Only the owner of {risk.Id} ({Markdown.Escape(risk.OwnerName)}), the owner of its AI system or an AIMS admin can plan its treatment."
            : null;
    }

    protected override FormStart<TreatmentFormDraft>? Begin(DialogContext context, string arguments)
    {
        var typed = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w.Equals("treat", StringComparison.OrdinalIgnoreCase)).FirstOrDefault() ?? "";
        if ((RiskIds.Parse(typed) is { } id ? risks.Get(id) : null) is not { } risk)
        {
            context.Say(RiskDialog.NotFound(typed));
            return null;
        }

        if (!service.MayEdit(context.Actor, risk))
        {
            context.Say($"Only the owner of {risk.Id} ({Markdown.Escape(risk.OwnerName)}), the owner of its AI system or an AIMS admin can plan its treatment.");
            return null;
        }

        if (risk.Status == RiskStatus.Closed)
        {
            context.Say($"{risk.Id} is closed.");
            return null;
        }

        // A treatment already planned is the starting point of a new plan.
        var draft = new TreatmentFormDraft { RiskId = risk.Id };
        if (risk.Treatment is { } t)
        {
            draft.Option = t.Option;
            draft.Controls = string.Join(", ", t.Controls);
            draft.Plan = t.Plan;
            draft.Replanning = true;
            draft.Owner = t.OwnerName;
            draft.OwnerKey = t.OwnerKey;
            draft.OwnerName = t.OwnerName;
            draft.DueDate = t.DueDate is { } due ? DateOnly.FromDateTime(due) : null;
            draft.ResidualLikelihood = t.ResidualLikelihood;
            draft.ResidualImpact = t.ResidualImpact;
        }

        return new FormStart<TreatmentFormDraft>(draft, risk.Id, $"treatment of {risk.Id}");
    }

    protected override void Complete(DialogContext context, FormInstance instance, TreatmentFormDraft draft, string cardId)
    {
        var outcome = service.PlanTreatment(context.Actor, draft.RiskId, ToDraft(draft));
        if (!outcome.Succeeded)
        {
            Refuse(context, outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.Values) : outcome.Message);
            return;
        }

        var risk = outcome.Risk!;
        var system = risk.SystemId.Length > 0 ? systems.Get(risk.SystemId) : null;
        Finish(context, "risk", RiskCards.Detail(risk, system, service.Method, audit.ForEntity(RiskIds.Entity(risk.Id)), context.Actor, context.Now), outcome.Message);
        if (risk.Treatment!.OwnerKey.Length > 0 && risk.Treatment.OwnerKey != context.Actor.Key)
        {
            context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} made you the treatment owner of {risk.Id} {Markdown.Escape(risk.Title)}, due {risk.Treatment.DueDate:d MMM yyyy}. Type **risk {risk.Id}** for the plan; record progress with **risk progress {risk.Id} what was done** and, when it is done, **risk done {risk.Id} what was done**.") with
            {
                RecipientUserKey = risk.Treatment.OwnerKey,
            });
        }

    }

    private static TreatmentDraft ToDraft(TreatmentFormDraft draft) => new(
        draft.Option,
        RiskFormCards.Ids(draft.Controls),
        draft.Plan,
        draft.OwnerKey.Length == 0 && draft.OwnerName.Length == 0 ? null : new PersonChoice(draft.OwnerKey, draft.OwnerName),
        draft.DueDate,
        draft.ResidualLikelihood,
        draft.ResidualImpact);

    private void Check(FormStepInput input, TreatmentFormDraft draft, string[] fields)
    {
        if (risks.Get(draft.RiskId) is not { } risk)
        {
            input.Reader.Fail(fields[0], $"{draft.RiskId} no longer exists.");
            return;
        }

        var errors = checks.Treatment(risk, ToDraft(draft), input.Now);
        foreach (var (field, message) in errors.Where(e => fields.Contains(e.Key)))
        {
            input.Reader.Fail(field, message);
        }
    }

    private JsonObject Header(TreatmentFormDraft draft, bool withLevel)
    {
        var risk = risks.Get(draft.RiskId);
        var data = new JsonObject
        {
            ["risk"] = draft.RiskId,
            ["riskTitle"] = risk is null ? "" : Markdown.Escape(risk.Title),
        };
        if (withLevel)
        {
            data["current"] = new JsonArray(risk is null ? [] : [ControlView.Fact("Level", $"{risk.Level}: {service.Method.LikelihoodLabel(risk.Likelihood)} × {service.Method.ImpactLabel(risk.Impact)}")]);
            data["options"] = new JsonArray([.. Enum.GetValues<TreatmentOption>().Select(o => (JsonNode)new JsonObject { ["title"] = ExportFormat.Label(o), ["value"] = o.ToString() })]);
        }

        return data;
    }

    private JsonObject Confirm(TreatmentFormDraft draft)
    {
        var method = service.Method;
        var risk = risks.Get(draft.RiskId);
        if (risk is null || !method.IsLikelihood(draft.ResidualLikelihood) || !method.IsImpact(draft.ResidualImpact))
        {
            return new JsonObject { ["level"] = "", ["criterion"] = "", ["summary"] = new JsonArray() };
        }

        var level = method.LevelOf(draft.ResidualLikelihood, draft.ResidualImpact);
        return new JsonObject
        {
            ["level"] = $"Residual level: {level.Name} ({method.LikelihoodLabel(draft.ResidualLikelihood)} × {method.ImpactLabel(draft.ResidualImpact)}), from {risk.Level}",
            ["criterion"] = "Once the treatment is done: " + char.ToLowerInvariant(ExportFormat.Label(level.Acceptance)[0]) + ExportFormat.Label(level.Acceptance)[1..],
            ["summary"] = new JsonArray
            {
                ControlView.Fact("Option", draft.Option is { } o ? ExportFormat.Label(o) : ""),
                ControlView.Fact("Controls", RiskView.Controls(checks.CanonicalControls(RiskFormCards.Ids(draft.Controls), annexAOnly: true))),
                ControlView.Fact("Treatment owner", Markdown.Escape(draft.OwnerName)),
                ControlView.Fact("Due", draft.DueDate?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? ""),
            },
        };
    }

    private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
