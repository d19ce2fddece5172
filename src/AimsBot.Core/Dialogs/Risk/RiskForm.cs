using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Dialogs.Forms;
using AimsBot.Core.Dialogs.Registration;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>
/// <c>risk new [AI-0001]</c>: a risk assessment on the form engine, for an AI system or the organisation:
/// the scenario and its source, the consequences, likelihood and impact with the scales in view, the
/// controls in place and the owner, then the computed level before it is saved.
/// </summary>
public sealed class RiskForm(RiskService service, RiskChecks checks, IAiSystemStore systems, IAuditLog audit, PeopleDirectory people, IImpactStore impacts, IRiskStore risks, RiskEditor editor, ApprovalFlow approvals) : FormDialog<RiskFormDraft>("risk-new")
{
    private readonly PersonField person = new(people);

    private static readonly string[] ScenarioFields = ["title", "source", "scenario"];
    private static readonly string[] ConsequenceFields = ["consequenceOrganisation", "consequenceIndividuals", "consequenceSociety"];
    private static readonly string[] RatingFields = ["likelihood", "impact", "existingControls", "owner"];

    public override string Noun => "risk assessment";

    /// <summary>Typed as <c>risk new</c>, which the <c>risk</c> dialog hands over (see <see cref="Open"/>).</summary>
    public override IReadOnlyList<CommandInfo> Commands { get; } = [];

    protected override IReadOnlyList<FormStep<RiskFormDraft>> Steps => field ??=
    [
        new("risk-new-scenario", ScenarioFields, (input, draft) =>
        {
            draft.Title = input.Reader.Raw("title");
            draft.Source = input.Reader.Choice<RiskSource>("source", "Source", required: false);
            draft.Scenario = input.Reader.Raw("scenario");
            Check(input, draft, ScenarioFields);
        }, draft => new Dictionary<string, string>
        {
            ["title"] = draft.Title,
            ["source"] = draft.Source?.ToString() ?? "",
            ["scenario"] = draft.Scenario,
        })
        {
            Data = view => new JsonObject
            {
                ["heading"] = Heading(view.Draft),
                ["subject"] = Subject(view.Draft),
                ["sources"] = new JsonArray([.. Enum.GetValues<RiskSource>().Select(s => (JsonNode)Choice(ExportFormat.Label(s), s.ToString()))]),
            },
        },
        new("risk-new-consequences", ConsequenceFields, (input, draft) =>
        {
            draft.ConsequenceOrganisation = input.Reader.Raw("consequenceOrganisation");
            draft.ConsequenceIndividuals = input.Reader.Raw("consequenceIndividuals");
            draft.ConsequenceSociety = input.Reader.Raw("consequenceSociety");
            Check(input, draft, ConsequenceFields);
        }, draft => new Dictionary<string, string>
        {
            ["consequenceOrganisation"] = draft.ConsequenceOrganisation,
            ["consequenceIndividuals"] = draft.ConsequenceIndividuals,
            ["consequenceSociety"] = draft.ConsequenceSociety,
        })
        {
            Data = view => new JsonObject { ["heading"] = Heading(view.Draft) },
        },
        new("risk-new-rating", RatingFields, (input, draft) =>
        {
            draft.Likelihood = Number(input.Reader.Raw("likelihood"));
            draft.Impact = Number(input.Reader.Raw("impact"));
            draft.ExistingControls = input.Reader.Raw("existingControls");
            draft.Person = person.Read(input, "owner", "Risk owner", draft.Person, editing: draft.RiskId.Length > 0, emptyMeansMe: true);
            Check(input, draft, RatingFields);
        }, draft => new Dictionary<string, string>
        {
            ["likelihood"] = draft.Likelihood == 0 ? "" : draft.Likelihood.ToString(CultureInfo.InvariantCulture),
            ["impact"] = draft.Impact == 0 ? "" : draft.Impact.ToString(CultureInfo.InvariantCulture),
            ["existingControls"] = draft.ExistingControls,
            ["owner"] = draft.Owner,
        })
        {
            Data = view => With(RiskFormCards.Merge(RiskFormCards.Scales(service.Method), person.Data("owner", view.Draft.Person, view.Draft.RiskId.Length > 0, view.Conversation)), Heading(view.Draft)),
        },
        new("risk-new-confirm", [], (_, _) => { }, _ => new Dictionary<string, string>())
        {
            Data = view => With(Confirm(view.Draft), Heading(view.Draft)),
        },
    ];

    /// <summary><c>risk new [AI-0001]</c> from the <c>risk</c> dialog: resume an unfinished form, or start.</summary>
    public void Open(DialogContext context) => OnCommand(context);

    public static RiskDraft ToDraft(RiskFormDraft draft) => new(
        draft.Title,
        draft.SystemId,
        draft.Source,
        draft.Scenario,
        draft.ConsequenceOrganisation,
        draft.ConsequenceIndividuals,
        draft.ConsequenceSociety,
        draft.Likelihood,
        draft.Impact,
        RiskFormCards.Ids(draft.ExistingControls),
        draft.OwnerName.Length == 0 && draft.OwnerKey.Length == 0 ? null : new PersonChoice(draft.OwnerKey, draft.OwnerName))
    {
        ImpactAssessmentId = draft.ImpactAssessmentId,
        ImpactHarm = draft.ImpactHarm,
    };

    protected override FormStart<RiskFormDraft>? Begin(DialogContext context, string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 3 && words[0] == "from")
        {
            return FromHarm(context, words[1], words[2]);
        }

        if (words.Length > 0 && words[0].Equals("edit", StringComparison.OrdinalIgnoreCase))
        {
            return BeginEdit(context, words.Length > 1 ? words[1] : "");
        }

        var target = words.Length > 0 && words[0].Equals("new", StringComparison.OrdinalIgnoreCase) ? words.Skip(1).FirstOrDefault() ?? "" : words.FirstOrDefault() ?? "";
        var draft = new RiskFormDraft();
        if (target.Length > 0)
        {
            var id = SystemNames.ParseId(target);
            var problem = id is null ? $"There is no AI system “{Markdown.Escape(target.Length > 40 ? target[..40] : target)}”. Type **risk new AI-0001** for a system, or **risk new** for the organisation." : checks.SystemProblem(id);
            if (problem is not null)
            {
                context.Say(problem);
                return null;
            }

            draft.SystemId = id!;
        }

        return new FormStart<RiskFormDraft>(draft, draft.SystemId);
    }

    protected override void Complete(DialogContext context, FormInstance instance, RiskFormDraft draft, string cardId)
    {
        var before = draft.RiskId.Length > 0 ? risks.Get(draft.RiskId) : null;
        var outcome = draft.RiskId.Length > 0 ? editor.Edit(context.Actor, draft.RiskId, ToDraft(draft)) : service.Raise(context.Actor, ToDraft(draft), cardId);
        if (!outcome.Succeeded)
        {
            Refuse(context, outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.Values) : outcome.Message);
            return;
        }

        var risk = outcome.Risk!;
        var system = risk.SystemId.Length > 0 ? systems.Get(risk.SystemId) : null;
        var withdrawn = before is not null && !outcome.Unchanged ? RiskAcceptanceSubject.WithdrawPending(approvals, context, risk.Id, "was edited") : "";
        Finish(context, "risk", RiskCards.Detail(risk, system, service.Method, audit.ForEntity(RiskIds.Entity(risk.Id)), context.Actor, context.Now), outcome.Message + withdrawn);
        if (before is not null && before.OwnerKey != risk.OwnerKey && risk.OwnerKey.Length > 0 && risk.OwnerKey != context.Actor.Key)
        {
            context.Add(Reply.Say($"{Markdown.Escape(context.Actor.User.DisplayName)} made you the owner of {risk.Id} {Markdown.Escape(risk.Title)}. Type **risk {risk.Id}** to see it.") with
            {
                RecipientUserKey = risk.OwnerKey,
                IdempotencyKey = $"risk-owner:{risk.Id}:{context.Turn.Id}",
            });
        }
    }

    /// <summary>An edit is refused before any unfinished form is offered for resuming.</summary>
    protected override string? Precheck(DialogContext context, string arguments)
    {
        var words = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && words[0].Equals("edit", StringComparison.OrdinalIgnoreCase)
            && RiskIds.Parse(words[1]) is { } id && risks.Get(id) is { } risk
            ? editor.Problem(context.Actor, risk)
            : null;
    }

    /// <summary><c>risk edit R-0001</c>: the risk's assessment, prefilled.</summary>
    private FormStart<RiskFormDraft>? BeginEdit(DialogContext context, string typed)
    {
        if ((RiskIds.Parse(typed) is { } id ? risks.Get(id) : null) is not { } risk)
        {
            context.Say(RiskDialog.NotFound(typed));
            return null;
        }

        if (editor.Problem(context.Actor, risk) is { } problem)
        {
            context.Say(problem);
            return null;
        }

        var draft = new RiskFormDraft
        {
            RiskId = risk.Id,
            SystemId = risk.SystemId,
            ImpactAssessmentId = risk.ImpactAssessmentId,
            ImpactHarm = risk.ImpactHarm,
            Title = risk.Title,
            Source = risk.Source,
            Scenario = risk.Scenario,
            ConsequenceOrganisation = risk.ConsequenceOrganisation,
            ConsequenceIndividuals = risk.ConsequenceIndividuals,
            ConsequenceSociety = risk.ConsequenceSociety,
            Likelihood = risk.Likelihood,
            Impact = risk.Impact,
            ExistingControls = string.Join(", ", risk.ExistingControls),
            Owner = risk.OwnerName,
            OwnerKey = risk.OwnerKey,
            OwnerName = risk.OwnerName,
        };
        return new FormStart<RiskFormDraft>(draft, risk.Id, $"edit of {risk.Id}");
    }

    private static string Heading(RiskFormDraft draft) => draft.RiskId.Length > 0 ? $"Edit {draft.RiskId}" : "Raise a risk";

    private static JsonObject With(JsonObject data, string heading)
    {
        data["heading"] = heading;
        return data;
    }

    /// <summary>A risk prefilled from one harm of an impact assessment (<c>from IA-0001 Fairness</c>, sent by the assessment card).</summary>
    private FormStart<RiskFormDraft>? FromHarm(DialogContext context, string assessmentId, string dimensionName)
    {
        var dimension = ImpactDimensions.Parse(dimensionName);
        var assessment = ImpactIds.Parse(assessmentId) is { } id ? impacts.Get(id) : null;
        if (assessment is null || dimension is null || assessment.Harms.FirstOrDefault(h => h.Dimension == dimension) is not { Applies: true } harm)
        {
            context.Refuse("I couldn't find that harm, so nothing changed. Type **impacts** for the assessments.");
            return null;
        }

        if (checks.SystemProblem(assessment.SystemId) is { } problem)
        {
            context.Refuse(problem);
            return null;
        }

        var label = ImpactDimensions.Label(dimension.Value);
        var summary = harm.Harm.Length > 80 ? harm.Harm[..80].TrimEnd() + "…" : harm.Harm;
        var draft = new RiskFormDraft
        {
            SystemId = assessment.SystemId,
            ImpactAssessmentId = assessment.Id,
            ImpactHarm = dimension.Value.ToString(),
            Title = $"{label}: {summary}",
            Source = ImpactDimensions.Source(dimension.Value),
            Scenario = harm.Harm,
            ConsequenceIndividuals = harm.Harm,
            Likelihood = harm.Likelihood,
            Impact = harm.Severity,
        };
        return new FormStart<RiskFormDraft>(draft, assessment.SystemId, $"risk from {assessment.Id}");
    }

    private void Check(FormStepInput input, RiskFormDraft draft, string[] fields)
    {
        foreach (var (field, message) in checks.Assessment(ToDraft(draft)).Where(e => fields.Contains(e.Key)))
        {
            input.Reader.Fail(field, message);
        }
    }

    private string Subject(RiskFormDraft draft) => draft.SystemId.Length == 0
        ? "For the organisation as a whole"
        : "For " + RiskView.System(systems.Get(draft.SystemId), draft.SystemId) + (draft.ImpactAssessmentId.Length > 0 ? $", from {draft.ImpactAssessmentId}" : "");

    private JsonObject Confirm(RiskFormDraft draft)
    {
        var method = service.Method;
        if (!method.IsLikelihood(draft.Likelihood) || !method.IsImpact(draft.Impact))
        {
            return new JsonObject { ["level"] = "", ["criterion"] = "", ["summary"] = new JsonArray() };
        }

        var level = method.LevelOf(draft.Likelihood, draft.Impact);
        return new JsonObject
        {
            ["level"] = $"Level: {level.Name} ({method.LikelihoodLabel(draft.Likelihood)} × {method.ImpactLabel(draft.Impact)})",
            ["criterion"] = string.Create(CultureInfo.InvariantCulture, $"{ExportFormat.Label(level.Acceptance)} · review every {level.ReviewMonths} months"),
            ["summary"] = new JsonArray
            {
                ControlView.Fact("Title", Markdown.Escape(draft.Title)),
                ControlView.Fact("AI system", RiskView.System(draft.SystemId.Length > 0 ? systems.Get(draft.SystemId) : null, draft.SystemId)),
                ControlView.Fact("Source", draft.Source is { } s ? ExportFormat.Label(s) : ""),
                ControlView.Fact("Existing controls", RiskView.Controls(checks.CanonicalControls(RiskFormCards.Ids(draft.ExistingControls), annexAOnly: false))),
                ControlView.Fact("Owner", Markdown.Escape(draft.OwnerName)),
            },
        };
    }

    private static int Number(string text) => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
