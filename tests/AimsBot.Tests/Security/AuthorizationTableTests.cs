using System.Text;
using System.Text.RegularExpressions;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Inventory;
using AimsBot.Core.Governance.Risks;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Core.Dialogs;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Security;

/// <summary>
/// Every command and card action, run as each kind of person, is allowed or refused exactly as
/// <see cref="AccessPolicy"/> declares; a refused one changes nothing. A command or verb without a
/// policy row, or a row without a way to run it here, fails.
/// </summary>
public sealed partial class AuthorizationTableTests
{
    public static readonly UserRef Owner = ControlChat.Owner;
    public static readonly UserRef SystemOwner = TranscriptHarness.Requester;
    public static readonly UserRef TreatmentOwner = TranscriptHarness.Person("treatment-1", "Nestor Wilke");
    public static readonly UserRef Member = TranscriptHarness.Person("member-1", "Pradeep Gupta");

    /// <summary>How each policy row is run: typed text, or card data (verb included). A new row needs a line here.</summary>
    public static readonly IReadOnlyDictionary<string, Invocation> Invocations = new Dictionary<string, Invocation>(StringComparer.Ordinal)
    {
        ["help"] = new("help"),
        ["welcome"] = new("welcome"),
        ["home"] = new("home"),
        ["cancel"] = new("cancel"),
        ["register"] = new("register"),
        ["register/next"] = Card("register/next", ("name", "Triage bot"), ("purpose", "Sorts tickets"), ("role", "Deployer")),
        ["register/back"] = Card("register/back"),
        ["register/cancel"] = Card("register/cancel"),
        ["register/complete"] = Card("register/complete", ("systemId", "AI-0001")),
        ["edit"] = new("edit AI-0001"),
        ["form/resume"] = Card("form/resume"),
        ["form/discard"] = Card("form/discard"),
        ["help/show"] = Card("help/show"),
        ["systems"] = new("systems"),
        ["systems/page"] = Card("systems/page", ("page", "1")),
        ["system"] = new("system AI-0001"),
        ["approvals"] = new("approvals"),
        ["approval/decide"] = Card("approval/decide", ("requestId", RequestPlaceholder), ("decision", "approve"), ("reason", "Fine")),
        ["controls"] = new("controls"),
        ["control"] = new("control A.6.2.8"),
        ["gap"] = new("gap"),
        ["answer"] = new("answer A.6.2.8"),
        ["soa/open"] = Card("soa/open", ("control", "A.6.2.8")),
        ["answer/next"] = new(null, ControlChat.Applicable("A.6.2.8")),
        ["answer/cancel"] = Card("answer/cancel", ("control", "A.6.2.8")),
        ["assign"] = new("assign A.7.4"),
        ["soa"] = new("soa"),
        ["soa start"] = new("soa start"),
        ["soa export"] = new("soa export"),
        ["inventory"] = new("inventory"),
        ["inventory export"] = new("inventory export"),
        ["mapping"] = new("mapping A.6.2.8"),
        ["mapping edit"] = new("mapping A.6.2.8 A.8.15"),
        ["retire"] = new("retire AI-0001 replaced by a newer tool"),
        ["roles"] = new("roles"),
        ["outbox"] = new("outbox"),
        ["outbox retry"] = new("outbox retry all"),
        ["backup"] = new("backup"),
        ["roles add"] = new("roles add committee"),
        ["roles remove"] = new("roles remove committee"),
        ["reminders"] = new("reminders"),
        ["settings"] = new("settings"),
        ["digest"] = new("digest"),
        ["attestations"] = new("attestations"),
        ["attest"] = new("attest AI-0001"),
        ["attest snooze"] = new("attest AI-0001 snooze day"),
        ["attest delegate"] = new("attest AI-0001 delegate none"),
        ["attest/open"] = Card("attest/open", ("system", "AI-0001")),
        ["attest/next"] = Card("attest/next", ("system", "AI-0001"), ("inUse", "Yes")),
        ["attest/cancel"] = Card("attest/cancel", ("system", "AI-0001")),
        ["attest/snooze"] = Card("attest/snooze", ("system", "AI-0001"), ("length", "day"), ("dueDate", "20270101")),
        ["attest/delegate"] = Card("attest/delegate", ("system", "AI-0001")),
        ["delegate"] = new("delegate AI-0001"),
        ["delegate/next"] = Card("delegate/next", ("system", "AI-0001"), ("person", "Adele Vance")),
        ["delegate/cancel"] = Card("delegate/cancel", ("system", "AI-0001")),
        ["risk"] = new("risk R-0001"),
        ["risk new"] = new("risk new AI-0001"),
        ["finding-new/next"] = Card("finding-new/next"),
        ["finding-new/cancel"] = Card("finding-new/cancel"),
        ["risk-new/next"] = Card("risk-new/next", ("title", "Wrong refunds")),
        ["risk-new/back"] = Card("risk-new/back"),
        ["risk-new/cancel"] = Card("risk-new/cancel"),
        ["risk edit"] = new("risk edit R-0001"),
        ["risk treat"] = new("risk treat R-0001"),
        ["risk close"] = new("risk close R-0001 the tool was replaced"),
        ["risk-treat/start"] = Card("risk-treat/start", ("risk", "R-0001")),
        ["risk-treat/next"] = Card("risk-treat/next", ("option", "Modify")),
        ["risk-treat/back"] = Card("risk-treat/back"),
        ["risk-treat/cancel"] = Card("risk-treat/cancel"),
        ["risk progress"] = new("risk progress R-0002 index rebuilt"),
        ["risk done"] = new("risk done R-0002 index rebuilt nightly"),
        ["risk accept"] = new("risk accept R-0001"),
        ["risk/accept"] = Card("risk/accept", ("risk", "R-0001")),
        ["risks"] = new("risks"),
        ["audits"] = new("audits"),
        ["audit"] = new("audit AU-01"),
        ["audit plan"] = new("audit plan 2027-03-01"),
        ["audit edit"] = new("audit AU-01 held"),
        ["audit checklist"] = new("audit AU-01 checklist"),
        ["roadmap"] = new("roadmap"),
        ["roadmap edit"] = new("roadmap done 1.2"),
        ["roadmap owner"] = new("roadmap owner 1.2 none"),
        ["findings"] = new("findings"),
        ["findings export"] = new("findings export"),
        ["finding"] = new("finding F-0001"),
        ["finding new"] = new("finding new AU-01"),
        ["finding close"] = new("finding close F-0001 fixed"),
        ["risks/page"] = Card("risks/page", ("page", "1")),
        ["risks export"] = new("risks export"),
        ["heatmap"] = new("heatmap"),
        ["impact"] = new("impact AI-0001"),
        ["impact show"] = new("impact IA-0001"),
        ["impact export"] = new("impact export"),
        ["impacts"] = new("impacts"),
        ["impact/risk"] = Card("impact/risk", ("assessment", "IA-0001"), ("dimension", "Fairness")),
        ["impact-assess/start"] = Card("impact-assess/start", ("systemId", "AI-0001")),
        ["impact-assess/next"] = Card("impact-assess/next", ("purpose", "Sorts tickets")),
        ["impact-assess/back"] = Card("impact-assess/back"),
        ["impact-assess/cancel"] = Card("impact-assess/cancel"),
    };

    /// <summary>Stands for the id of the world's pending approval request in card data.</summary>
    public const string RequestPlaceholder = "$request";

    public static TheoryData<Who> Kinds() => [Who.Admin, Who.Committee, Who.ControlOwner, Who.SystemOwner, Who.TreatmentOwner, Who.Member];

    [Fact]
    public void Every_Command_Has_A_Policy_Row()
    {
        // Arrange
        using var chat = new TranscriptHarness();

        // Act
        var missing = chat.Get<ConversationEngine>().Commands.Select(c => c.Name).Where(name => !AccessPolicy.Covers(name)).ToList();

        // Assert
        Assert.True(missing.Count == 0, "Add these commands to AccessPolicy.Rows (and a line to Invocations here): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_Card_Verb_Has_A_Policy_Row()
    {
        // Arrange
        var verbs = Directory.EnumerateFiles(RepositoryPaths.Cards, "*.json")
            .SelectMany(file => VerbPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        // Act
        var missing = verbs.Where(v => !AccessPolicy.Rows.ContainsKey(v)).ToList();

        // Assert
        Assert.NotEmpty(verbs);
        Assert.True(missing.Count == 0, "Add these card verbs to AccessPolicy.Rows (and a line to Invocations here): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_Policy_Row_Can_Be_Run_Here()
    {
        // Act
        var missing = AccessPolicy.Rows.Keys.Where(k => !Invocations.ContainsKey(k)).ToList();

        // Assert
        Assert.True(missing.Count == 0, "Say how to run these rows in AuthorizationTableTests.Invocations: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_Command_And_Card_Action_Is_Allowed_Or_Refused_As_Declared(Who kind)
    {
        // Arrange
        using var chat = new TranscriptHarness();
        var (person, requestId) = await WorldAsync(chat, kind);
        var wrong = new List<string>();

        // Act
        foreach (var (key, invocation) in Invocations.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            var expected = (AccessPolicy.For(key) & kind) != 0;
            var before = Fingerprint(chat);
            var replies = await RunAsync(chat, person, invocation, requestId);
            var refused = replies.Any(r => r.Card is null && r.Text?.StartsWith(AccessPolicy.RefusalPrefix, StringComparison.Ordinal) == true);
            if (refused == expected)
            {
                wrong.Add($"{key}: {(expected ? "allowed" : "refused")} by the policy, but {(refused ? "refused" : "allowed")} ({Describe(replies)})");
            }
            else if (refused && Fingerprint(chat) != before)
            {
                wrong.Add($"{key}: refused, yet the records changed");
            }
        }

        // Assert
        Assert.True(wrong.Count == 0, $"As {kind}:\n" + string.Join('\n', wrong));
    }

    /// <summary>A world where AI-0001 belongs to <see cref="SystemOwner"/> and A.6.2.8 to <see cref="Owner"/>; the person of that kind.</summary>
    private static async Task<(UserRef Person, string RequestId)> WorldAsync(TranscriptHarness chat, Who kind)
    {
        await chat.InstallAsync(TranscriptHarness.CommitteeMember);
        var registered = await RegistrationSteps.RegisterAsync(chat, "Ticket triage", SystemOwner);
        var requestId = registered.First(r => r.Card?.TemplateId == "approval-request").Card!.Data["requestId"]!.GetValue<string>();
        await ControlChat.AssignAsync(chat, "A.6.2.8", Owner);
        RiskWorld(chat);
        var person = kind switch
        {
            Who.Admin => TranscriptHarness.Admin,
            Who.Committee => TranscriptHarness.CommitteeMember,
            Who.ControlOwner => Owner,
            Who.SystemOwner => SystemOwner,
            Who.TreatmentOwner => TreatmentOwner,
            _ => Member,
        };
        return (person, requestId);
    }

    /// <summary>
    /// R-0001 (low, owned by <see cref="SystemOwner"/>, of AI-0001), R-0002 (treatment planned, treated by
    /// <see cref="TreatmentOwner"/>) and IA-0001 (AI-0001's impact assessment, one harm).
    /// </summary>
    private static void RiskWorld(TranscriptHarness chat)
    {
        var owner = chat.Get<RoleResolver>().Resolve(SystemOwner);
        var service = chat.Get<RiskService>();
        var draft = new RiskDraft("Wrong refund rules", "AI-0001", RiskSource.Robustness, "Outdated grounding", "Refunds outside policy", "none", "none", 1, 1, [], null);
        Assert.True(service.Raise(owner, draft).Succeeded);
        var second = service.Raise(owner, draft with { Likelihood = 4, Impact = 4 }).Risk!;
        var treatment = new TreatmentDraft(TreatmentOption.Modify, ["A.6.2.6"], "Rebuild nightly", new PersonChoice(TreatmentOwner.Key, TreatmentOwner.DisplayName), new DateOnly(2027, 1, 15), 2, 2);
        Assert.True(service.PlanTreatment(owner, second.Id, treatment).Succeeded);
        var assessment = new ImpactAssessment
        {
            SystemId = "AI-0001",
            Purpose = "Sorts tickets",
            Affected = "Customers",
            Benefits = "Faster answers",
            Harms = [new ImpactHarm { Dimension = ImpactDimension.Fairness, Applies = true, Harm = "Some languages sorted last", Severity = 2, Likelihood = 3, Reversibility = Reversibility.Reversible }],
            ForeseeableMisuse = "None foreseen",
            Mitigations = "Weekly sample review",
            Oversight = "Agents can re-route",
            Conclusion = ImpactConclusion.Proceed,
        };
        var recorded = chat.Get<ImpactService>().Record(owner, assessment);
        Assert.True(recorded.Succeeded, recorded.Message + string.Join("; ", recorded.Errors.Values));
    }

    private static Task<IReadOnlyList<Reply>> RunAsync(TranscriptHarness chat, UserRef person, Invocation invocation, string requestId)
    {
        if (invocation.Text is { } text)
        {
            return chat.SayAsync(text, person);
        }

        var data = invocation.Data!.ToDictionary(kv => kv.Key, kv => kv.Value == RequestPlaceholder ? requestId : kv.Value, StringComparer.Ordinal);
        data[CardFields.CardId] = Guid.NewGuid().ToString("N");
        return chat.RunAsync(chat.NewTurn(TurnKind.CardAction, person) with { Data = data, CardMessageId = "card-message-1" });
    }

    /// <summary>The governance records (systems, controls, evidence, audit log, exports) as one string.</summary>
    private static string Fingerprint(TranscriptHarness chat)
    {
        var builder = new StringBuilder();
        foreach (var name in new[] { "ai_systems", "controls", "evidence", "audit", "export_files", "audit_programme", "audit_findings", "roadmap", "risks", "impact_assessments" })
        {
            foreach (var document in chat.Database.Database.GetCollection(name).FindAll())
            {
                builder.Append(name).Append(':').Append(document.ToString()).Append('\n');
            }
        }

        return builder.ToString();
    }

    private static string Describe(IReadOnlyList<Reply> replies) =>
        replies.Count == 0 ? "no reply" : replies[0].Text ?? replies[0].Card?.TemplateId ?? "";

    private static Invocation Card(string verb, params (string Key, string Value)[] fields)
    {
        var data = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        data[CardFields.Verb] = verb;
        return new Invocation(null, data);
    }

    [GeneratedRegex("\"verb\"\\s*:\\s*\"([a-z0-9-]+/[a-z0-9-]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex VerbPattern();

    /// <summary>Typed text, or submitted card data.</summary>
    public sealed record Invocation(string? Text, IReadOnlyDictionary<string, string>? Data = null);
}
