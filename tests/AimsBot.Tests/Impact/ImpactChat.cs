using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Tests.Infrastructure;
using AimsBot.Tests.Risks;

namespace AimsBot.Tests.Impact;

/// <summary>Steps the impact tests share: a system that needs an assessment, and the five cards answered.</summary>
internal static class ImpactChat
{
    public static UserRef Owner => RiskChat.Owner;

    /// <summary>An approved system in production with personal data and significant effects (so an assessment is required).</summary>
    public static AiSystem AddSystem(TranscriptHarness chat, string name = "CV screening assistant", LifecycleStage stage = LifecycleStage.InProduction)
    {
        var system = RiskChat.AddSystem(chat, name, stage: stage);
        system.PersonalData = true;
        system.SignificantEffects = true;
        system.AffectedPeople = "Job applicants";
        system.Supplier = "Contoso HR";
        system.DataCategories = "CVs";
        system.DataUses = [DataUse.Input];
        system.Jurisdictions = ["EU"];
        system.Oversight = "A recruiter reads every rejected CV";
        system.Autonomy = Autonomy.HumanInTheLoop;
        chat.Get<IAiSystemStore>().Update(system);
        return system;
    }

    public static Dictionary<string, string> Context() => new()
    {
        ["verb"] = "impact-assess/next",
        ["purpose"] = "Ranks CVs so recruiters read the most relevant first",
        ["affected"] = "Job applicants; recruiters",
        ["vulnerable"] = "Applicants with disabilities",
        ["benefits"] = "Faster answers to applicants",
    };

    /// <summary>The first dimensions card with fairness applying (severity and likelihood as given).</summary>
    public static Dictionary<string, string> Harms1(string severity = "4", string likelihood = "3") => new()
    {
        ["verb"] = "impact-assess/next",
        ["fairnessApplies"] = "true",
        ["fairnessHarm"] = "Women ranked lower for technical roles",
        ["fairnessSeverity"] = severity,
        ["fairnessLikelihood"] = likelihood,
        ["fairnessReversibility"] = "PartlyReversible",
        ["privacyApplies"] = "false",
        ["safetyApplies"] = "false",
        ["autonomyApplies"] = "false",
    };

    public static Dictionary<string, string> Harms2() => new()
    {
        ["verb"] = "impact-assess/next",
        ["transparencyApplies"] = "true",
        ["transparencyHarm"] = "Applicants cannot learn why they were rejected",
        ["transparencySeverity"] = "2",
        ["transparencyLikelihood"] = "4",
        ["transparencyReversibility"] = "Reversible",
    };

    public static Dictionary<string, string> Conclusion() => new()
    {
        ["verb"] = "impact-assess/next",
        ["misuse"] = "Used to reject without a human read",
        ["mitigations"] = "Bias tests each release",
        ["oversight"] = "A recruiter reads every rejected CV",
        ["conclusion"] = "ProceedWithConditions",
        ["conditions"] = "Quarterly bias report to the committee",
    };

    /// <summary>Starts with <c>impact AI-…</c> and answers every card; returns the replies to the final Save.</summary>
    public static async Task<IReadOnlyList<Reply>> AssessAsync(TranscriptHarness chat, string systemId, UserRef? user = null)
    {
        var who = user ?? Owner;
        var card = Assert.Single(await chat.SayAsync("impact " + systemId, who));
        card = Assert.Single(await chat.SubmitAsync(card, Context(), who));
        card = Assert.Single(await chat.SubmitAsync(card, Harms1(), who));
        card = Assert.Single(await chat.SubmitAsync(card, Harms2(), who));
        card = Assert.Single(await chat.SubmitAsync(card, Conclusion(), who));
        Assert.Equal("impact-confirm", card.Card!.TemplateId);
        return await chat.SubmitAsync(card, new Dictionary<string, string> { ["verb"] = "impact-assess/next" }, who);
    }

    /// <summary>The committee member decides on the approval card in <paramref name="replies"/>.</summary>
    public static Task<IReadOnlyList<Reply>> DecideAsync(TranscriptHarness chat, IReadOnlyList<Reply> replies, string decision, string note = "")
    {
        var approval = replies.First(r => r.RecipientUserKey == TranscriptHarness.CommitteeMember.Key && r.Card?.TemplateId == "approval-request");
        return chat.SubmitAsync(approval, new Dictionary<string, string>
        {
            ["verb"] = "approval/decide",
            ["requestId"] = approval.Card!.Data["requestId"]!.GetValue<string>(),
            ["decision"] = decision,
            ["note"] = note,
        }, TranscriptHarness.CommitteeMember);
    }
}
