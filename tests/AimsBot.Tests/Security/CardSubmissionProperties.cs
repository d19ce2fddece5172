using System.Text;
using AimsBot.Core.Conversations;
using AimsBot.Core.Governance;
using AimsBot.Core.Storage;
using AimsBot.Tests.Controls;
using AimsBot.Tests.Infrastructure;
using CsCheck;

namespace AimsBot.Tests.Security;

/// <summary>
/// Property: any card submission (any value in any field, wrong types, other people's card ids, stale
/// steps, any verb) gets a reply without internals and never crashes a dialog; a refused one changes no
/// record; someone else's card id never moves another person's form on.
/// </summary>
public sealed class CardSubmissionProperties
{
    private static readonly string[] Keys =
    [
        "name", "version", "purpose", "outOfScope", "role", "owner", "source", "supplier", "stage", "personalData", "dataUses",
        "dataCategories", "jurisdictions", "affectedPeople", "decisions", "autonomy", "oversight", "systemId", "decision", "reason",
        "conditions", "control", "applicability", "reasons", "justification", "status", "targetDate", "nextReview", "evidence",
        "evidenceIds", "sharedEvidence", "page", "mine", "step", "__proto__", "",
    ];

    private static readonly string[] Values = ["Deployer", "Saas", "InProduction", "HumanInTheLoop", "approve", "reject", "Applicable", "Excluded", "Implemented", "2027-11-01", "1999-01-01", "AI-0001", "AI-9999", "A.6.2.8", "A.99", "true", "-1", "99999999999"];

    [Fact]
    public async Task Any_Submission_Is_Answered_Safely_And_A_Refused_One_Changes_Nothing()
    {
        // Arrange
        using var chat = new TranscriptHarness();
        chat.Get<IAiSystemStore>().Add(new AiSystem
        {
            Name = "Ticket triage",
            Purpose = "Sorts tickets",
            Role = OrganisationRole.Deployer,
            Source = SystemSource.Saas,
            Stage = LifecycleStage.InProduction,
            RequesterKey = TranscriptHarness.Requester.Key,
            RequesterName = "Megan Bowen",
            BusinessOwnerKey = TranscriptHarness.Requester.Key,
            RegisteredAt = chat.Time.GetUtcNow().UtcDateTime,
        });
        await ControlChat.AssignAsync(chat, "A.6.2.8", ControlChat.Owner);
        var draft = Assert.Single(await chat.SayAsync("register", TranscriptHarness.Requester));
        var foreignCardId = draft.Card!.Data["cardId"]!.GetValue<string>();
        UserRef[] people = [TranscriptHarness.Admin, TranscriptHarness.CommitteeMember, ControlChat.Owner, ControlChat.Stranger, TranscriptHarness.OtherCommitteeMember];
        var verbs = AccessPolicy.Rows.Keys.Where(k => k.Contains('/', StringComparison.Ordinal)).Concat(["register/step9", "approval", "/", "x/y"]).ToArray();
        var field = Gen.Select(Gen.OneOf(Keys), Gen.Frequency((2, Gen.OneOf(Values)), (3, Nasty.Text)));
        var submissions = Gen.Select(Gen.Int[0, people.Length - 1], Gen.OneOf(verbs), Gen.Int[0, 2], field.Array[0, 8]);

        // Act + Assert
        await submissions.SampleAsync(
            async (who, verb, cardChoice, fields) =>
            {
                var person = people[who];
                var data = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (key, value) in fields)
                {
                    data[key] = value;
                }

                data[CardFields.Verb] = verb;
                data[CardFields.CardId] = cardChoice switch { 0 => foreignCardId, 1 => Guid.NewGuid().ToString("N"), _ => "" };
                var before = Fingerprint(chat);
                var requesterDraft = DraftOf(chat, TranscriptHarness.Requester);

                var replies = await chat.RunAsync(chat.NewTurn(TurnKind.CardAction, person) with { Data = data, CardMessageId = "card-message-1" });

                Assert.All(replies, r => Assert.False(Nasty.ShowsInternals(r.Text) || Nasty.ShowsInternals(r.Card?.Data.ToJsonString()), r.Text));
                Assert.DoesNotContain(replies, r => r.Text?.StartsWith("Sorry, something went wrong", StringComparison.Ordinal) == true);
                if (replies.Any(r => r.Card is null && r.Text?.StartsWith(AccessPolicy.RefusalPrefix, StringComparison.Ordinal) == true))
                {
                    Assert.Equal(before, Fingerprint(chat));
                }

                Assert.Equal(requesterDraft, DraftOf(chat, TranscriptHarness.Requester));
            },
            iter: 300,
            threads: 1);
    }

    private static string DraftOf(TranscriptHarness chat, UserRef user)
    {
        var state = chat.Get<IDialogStateStore>().Load(DialogState.MakeId(TranscriptHarness.PersonalChat(user), user));
        return (state.ActiveDialog ?? "") + ":" + string.Join(";", state.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + "=" + v.Value));
    }

    private static string Fingerprint(TranscriptHarness chat)
    {
        var builder = new StringBuilder();
        foreach (var name in new[] { "ai_systems", "controls", "evidence", "audit", "export_files" })
        {
            foreach (var document in chat.Database.Database.GetCollection(name).FindAll())
            {
                builder.Append(document.ToString()).Append('\n');
            }
        }

        return builder.ToString();
    }
}
