using System.Globalization;
using System.Text.Json.Nodes;
using AimsBot.Core.Conversations;
using AimsBot.Core.Dialogs.Controls;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;

namespace AimsBot.Core.Dialogs.Risk;

/// <summary>The data the <c>risk</c> detail template binds.</summary>
public static class RiskCards
{
    public static JsonObject Detail(Governance.Risks.Risk risk, AiSystem? system, RiskMethod method, IReadOnlyList<AuditEntry> history, Actor actor, DateTimeOffset now)
    {
        var facts = new JsonArray
        {
            ControlView.Fact("AI system", RiskView.System(system, risk.SystemId)),
            ControlView.Fact("Source", RiskView.Source(risk.Source)),
            ControlView.Fact("Likelihood", method.LikelihoodLabel(risk.Likelihood)),
            ControlView.Fact("Impact", method.ImpactLabel(risk.Impact)),
            ControlView.Fact("Level", risk.Level),
            ControlView.Fact("Existing controls", RiskView.Controls(risk.ExistingControls)),
            ControlView.Fact("Owner", Markdown.Escape(risk.OwnerName)),
            ControlView.Fact("Status", RiskView.Status(risk.Status)),
            ControlView.Fact("Next review", RiskView.Date(risk.NextReview, now)),
            ControlView.Fact("Raised", $"by {Markdown.Escape(risk.RaisedByName)} {RiskView.When(risk.RaisedAt, now)}"),
            ControlView.Fact("Method", risk.MethodVersion == method.Stamp ? risk.MethodVersion : $"{risk.MethodVersion} (the method in force is {method.Stamp})"),
        };
        if (risk.ImpactAssessmentId.Length > 0)
        {
            facts.Insert(6, ControlView.Fact("Impact assessment", risk.ImpactAssessmentId));
        }

        var consequences = new JsonArray
        {
            ControlView.Fact("Organisation", RiskView.Text(risk.ConsequenceOrganisation)),
            ControlView.Fact("Individuals", RiskView.Text(risk.ConsequenceIndividuals)),
            ControlView.Fact("Society", RiskView.Text(risk.ConsequenceSociety)),
        };

        var (canAccept, hint) = Acceptance(risk, method, actor);
        return new JsonObject
        {
            ["id"] = risk.Id,
            ["title"] = Markdown.Escape(risk.Title),
            ["headline"] = $"{RiskView.Level(risk)} · {RiskView.Status(risk.Status)} · owner {Markdown.Escape(risk.OwnerName)} · {RiskView.Due(risk, now)}",
            ["facts"] = facts,
            ["scenario"] = Markdown.Escape(risk.Scenario),
            ["consequences"] = consequences,
            ["treatment"] = Treatment(risk, method, now),
            ["decision"] = Decision(risk, now),
            ["history"] = new JsonArray([.. history.TakeLast(8).Select(e => (JsonNode)ControlView.Fact(RiskView.When(e.At, now), $"{RiskView.Action(e.Action)} by {Markdown.Escape(e.ActorName)}"))]),
            ["hint"] = hint,
            ["canAccept"] = canAccept,
            ["canTreat"] = (risk.Status is RiskStatus.Open or RiskStatus.TreatmentPlanned) && RiskService.MayEdit(actor, risk, system),
            ["treatTitle"] = risk.Status == RiskStatus.Open ? "Plan the treatment" : "Change the treatment plan",
            ["acceptTitle"] = $"Accept at level {risk.CurrentLevel()}",
            ["cardId"] = CardIds.New(),
        };
    }

    private static JsonArray Treatment(Governance.Risks.Risk risk, RiskMethod method, DateTimeOffset now)
    {
        if (risk.Treatment is not { } t)
        {
            return [];
        }

        var facts = new JsonArray
        {
            ControlView.Fact("Option", ExportFormat.Label(t.Option)),
            ControlView.Fact("Controls", RiskView.Controls(t.Controls)),
            ControlView.Fact("Treatment owner", Markdown.Escape(t.OwnerName)),
            ControlView.Fact("Due", t.DueDate is { } due ? RiskView.Date(due, now) : "Not set"),
            ControlView.Fact("Residual", RiskView.Rating(method, t.ResidualLikelihood, t.ResidualImpact, t.ResidualLevel)),
        };
        if (t.Plan.Length > 0)
        {
            facts.Insert(2, ControlView.Fact("Plan", Markdown.Escape(t.Plan)));
        }

        if (t.Progress.Length > 0)
        {
            facts.Add(ControlView.Fact("Progress", Markdown.Escape(t.Progress)));
        }

        if (t.CompletedAt is { } done)
        {
            facts.Add(ControlView.Fact("Done", RiskView.When(done, now)));
        }

        return facts;
    }

    private static JsonArray Decision(Governance.Risks.Risk risk, DateTimeOffset now) => risk.Acceptance is not { } a ? [] :
    [
        ControlView.Fact("Accepted", $"at level {a.Level} by {Markdown.Escape(a.DecidedByName)}, {RiskView.When(a.DecidedAt, now)}"),
        ControlView.Fact("Authority", ExportFormat.Label(a.Authority)),
        .. a.Note.Length > 0 ? [ControlView.Fact("Note", Markdown.Escape(a.Note))] : Array.Empty<JsonObject>(),
    ];

    /// <summary>Whether this person may accept on the card, and what the card says about acceptance.</summary>
    private static (bool CanAccept, string Hint) Acceptance(Governance.Risks.Risk risk, RiskMethod method, Actor actor)
    {
        if (risk.Status is not (RiskStatus.Open or RiskStatus.Treated))
        {
            return (false, risk.Status == RiskStatus.TreatmentPlanned && risk.Treatment is { } t
                ? $"The treatment owner ({Markdown.Escape(t.OwnerName)}) records progress; the residual level can be accepted once the treatment is done."
                : "");
        }

        var level = method.FindLevel(risk.CurrentLevel());
        var name = risk.CurrentLevel();
        return level?.Acceptance switch
        {
            AcceptanceAuthority.Owner when risk.OwnerKey == actor.Key => (true, $"{name} is within the risk owner's authority: you may accept it here."),
            AcceptanceAuthority.Owner => (false, $"{name} is within the risk owner's authority: {Markdown.Escape(risk.OwnerName)} may accept it."),
            AcceptanceAuthority.Committee => (false, string.Create(CultureInfo.InvariantCulture, $"{name} is above the owner's authority: only the committee may accept it.")),
            _ => (false, $"{name} may not be accepted: it can only be treated further."),
        };
    }
}
