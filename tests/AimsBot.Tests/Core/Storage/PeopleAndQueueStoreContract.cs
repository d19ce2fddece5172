using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance.Roles;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The contract of the stores about people, conversations, schedules and the queues: every adapter behaves the same.</summary>
public abstract class PeopleAndQueueStoreContract(StorageProvider provider) : StoreContract(provider)
{
    private static readonly DateTime Noon = new(2026, 11, 2, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Conversations_People_And_Dialog_State_Are_Remembered_And_Forgotten()
    {
        // Arrange
        var conversations = Get<IConversationStore>();
        var states = Get<IDialogStateStore>();
        var person = TranscriptHarness.Requester;
        var chat = TranscriptHarness.PersonalChat(person);
        conversations.Remember(new IncomingTurn("t1", TurnKind.Message, chat, person, Noon) { TimeZone = "Europe/Paris" });
        var state = states.Load("s1");
        state.Begin("register", "name");
        state.Values["name"] = "Bot";
        states.Save(state);

        // Act
        var personal = conversations.FindPersonal(person.Key);
        var user = conversations.GetUser(person.Key);
        var loaded = states.Load("s1");
        loaded.End();
        loaded.Values.Clear();
        states.Save(loaded);
        conversations.Forget(chat.Key);

        // Assert
        Assert.Equal(chat.Key, personal!.Key);
        Assert.Equal("Europe/Paris", user!.TimeZone);
        Assert.Equal("Megan Bowen", Assert.Single(conversations.Users()).Name);
        Assert.Null(states.Load("s1").ActiveDialog);
        Assert.Null(conversations.Get(chat.Key));
        Assert.Null(conversations.GetUser(person.Key)!.PersonalConversationKey);
    }

    [Fact]
    public void A_Card_Is_Consumed_Once_And_Roles_Reach_Settings_And_Records_Round_Trip()
    {
        // Arrange
        var cards = Get<ICardActionLog>();
        var roles = Get<IRoleStore>();
        var reach = Get<IReachStore>();
        var records = Get<IRecordStore<ContractRecord>>();
        roles.Save(new RoleMember { Id = RoleMember.MakeId(GovernanceRole.Committee, "teams:tenant-1:u"), Role = GovernanceRole.Committee, UserKey = "teams:tenant-1:u", Platform = Platform.Teams, TenantId = "tenant-1" });
        reach.MarkUnreachable("teams:tenant-1:u", "Lee", new string('x', 400), Noon);
        Get<IUserSettingsStore>().Save(new UserSettings { Id = "teams:tenant-1:u" });
        records.Upsert(new ContractRecord { Id = "old", CreatedAt = Noon.AddDays(-2), Text = "  kept exactly  " });
        records.Upsert(new ContractRecord { Id = "new", CreatedAt = Noon });

        // Act
        var first = cards.TryConsume("card-1", "teams:tenant-1:u");
        var second = cards.TryConsume("card-1", "teams:tenant-1:v");
        var oldText = records.Find("old")!.Text;
        var purged = records.PurgeBefore(Noon.AddDays(-1));

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.True(cards.IsConsumed("card-1"));
        Assert.Equal(1, cards.Purge(Noon.AddYears(1)));
        Assert.NotNull(roles.Find(GovernanceRole.Committee, "teams:tenant-1:u"));
        Assert.Single(roles.InTenant(Platform.Teams, "tenant-1"));
        Assert.Equal(300, reach.Get("teams:tenant-1:u")!.Reason.Length);
        Assert.Single(Get<IUserSettingsStore>().All());
        Assert.Equal("  kept exactly  ", oldText);
        Assert.Equal(1, purged);
        Assert.Null(records.Find("old"));
    }

    [Fact]
    public void The_Schedule_Ledger_Records_An_Entry_Once()
    {
        // Arrange
        var ledger = Get<IScheduleLedger>();
        ledger.Record([new LedgerEntry { Id = "digest:a:1", Kind = "digest", RecipientKey = "a", DueAt = Noon }]);

        // Act
        ledger.Record([
            new LedgerEntry { Id = "digest:a:1", Kind = "digest", RecipientKey = "a", DueAt = Noon.AddYears(1) },
            new LedgerEntry { Id = "digest:a:2", Kind = "digest", RecipientKey = "a", DueAt = Noon.AddDays(7) },
        ]);

        // Assert
        Assert.Equal(Noon.AddDays(7), ledger.Latest("digest", "a")!.DueAt);
        Assert.Equal(new HashSet<string> { "digest:a:1" }, ledger.Recorded(["digest:a:1", "digest:b:1"]));
        Assert.True(ledger.Contains("digest:a:2"));
    }

    [Fact]
    public void A_Batch_Of_Keys_Is_Checked_In_One_Look_Up()
    {
        // Arrange: two of four keys run before (one of them given up on).
        var processed = Get<IProcessedTurns>();
        Get<IUnitOfWork>().InTransaction(() => { processed.Record("teams:a", 1); return 0; });
        processed.RecordFailure("teams:c", 3, "boom");

        // Act
        var found = processed.AmongProcessed(["teams:a", "teams:b", "teams:c", "teams:A"]);
        var none = processed.AmongProcessed([]);

        // Assert: keys compare exactly (case included).
        Assert.Equal(["teams:a", "teams:c"], found.Order(StringComparer.Ordinal));
        Assert.Empty(none);
    }

    [Fact]
    public void A_Turn_Is_Recorded_As_Processed_Once()
    {
        // Arrange
        var processed = Get<IProcessedTurns>();
        var database = Get<IUnitOfWork>();
        database.InTransaction(() => { processed.Record("teams:1", 7); return 0; });

        // Act
        var again = Record.Exception(() => database.InTransaction(() => { processed.Record("teams:1", 8); return 0; }));
        processed.RecordFailure("teams:2", 9, "boom");
        processed.RecordSettled(["teams:3", "teams:3"]);

        // Assert
        Assert.NotNull(again);
        Assert.True(processed.Contains("teams:1"));
        Assert.Equal(7, processed.Find("teams:1")!.InboxId);
        Assert.Equal("boom", processed.Find("teams:2")!.Error);
        Assert.True(processed.Contains("teams:3"));
        Assert.Equal(9, processed.LastInboxId());
    }

    [Fact]
    public void A_Reply_Is_Queued_Once_Per_Key_Held_Until_Due_And_Purged_Once_Sent()
    {
        // Arrange
        var outbox = Get<IOutbox>();
        var store = Get<IOutboxStore>();
        var chat = TranscriptHarness.PersonalChat(TranscriptHarness.Requester);
        var later = new DateTimeOffset(Chat.Time.GetUtcNow().UtcDateTime.AddHours(2), TimeSpan.Zero);
        var first = outbox.Enqueue(chat, [Reply.Say("one"), Reply.Say("two"), Reply.Say("later") with { NotBefore = later }], "turn-1");

        // Act
        var again = outbox.Enqueue(chat, [Reply.Say("one")], "turn-1");
        var now = Chat.Time.GetUtcNow().UtcDateTime;
        var due = store.Due(now, 10);
        foreach (var item in due)
        {
            item.State = OutboxState.Sent;
            item.SentAt = now;
            item.NextAttemptAt = null;
        }

        store.Save(due);
        var young = store.PurgeSent(now.AddMinutes(-1));

        // Assert
        Assert.Equal(3, first.Queued);
        Assert.Equal(0, again.Queued);
        Assert.Equal(["one", "two"], due.Select(x => DeliveryJson.ReadReply(x.Reply).Text));
        Assert.Equal(later.UtcDateTime, store.NextDue());
        Assert.Equal(2, store.Count(OutboxState.Sent));
        Assert.Equal(1, store.Count(OutboxState.Pending));
        Assert.Equal(0, young);
        Assert.Equal(2, store.PurgeSent(now.AddDays(1)));
        Assert.Empty(store.InState(OutboxState.Sent));
        Assert.Equal(["later"], store.InState(OutboxState.Pending).Select(x => DeliveryJson.ReadReply(x.Reply).Text));
    }

    [Fact]
    public void The_Purge_Passes_Over_A_Reply_Still_Pending_And_Keeps_Those_Sent_Since_The_Cutoff()
    {
        // Arrange: 1,200 replies (more than one purge chunk); the first is still backing off, the rest were sent,
        // the last 200 (in another chat) a day later.
        var outbox = Get<IOutbox>();
        var store = Get<IOutboxStore>();
        var now = Chat.Time.GetUtcNow().UtcDateTime;
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [.. Enumerable.Range(0, 1000).Select(n => Reply.Say("old " + n))], "turn-old");
        var old = store.Due(now, 1000);
        Send(old.Skip(1), now);
        old[0].Attempts = 1;
        old[0].NextAttemptAt = now.AddDays(2);
        store.Save([old[0]]);
        Chat.Time.Advance(TimeSpan.FromDays(1));
        var later = Chat.Time.GetUtcNow().UtcDateTime;
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.CommitteeMember), [.. Enumerable.Range(0, 200).Select(n => Reply.Say("new " + n))], "turn-new");
        Send(store.Due(later, 1000), later);

        // Act: keep what was sent within the last 12 hours.
        var purged = store.PurgeSent(later.AddHours(-12));

        // Assert
        Assert.Equal(999, purged);
        Assert.Equal(200, store.Count(OutboxState.Sent));
        Assert.Equal(["old 0"], store.InState(OutboxState.Pending).Select(x => DeliveryJson.ReadReply(x.Reply).Text));

        void Send(IEnumerable<OutboxItem> items, DateTime at)
        {
            var sent = items.ToList();
            sent.ForEach(item => (item.State, item.SentAt, item.NextAttemptAt) = (OutboxState.Sent, at, null));
            store.Save(sent);
        }
    }

    [Fact]
    public void A_Reply_With_A_Key_Of_Its_Own_Is_Queued_Once_Even_Under_A_New_Prefix()
    {
        // Arrange: a notice keyed by what it is about, queued by one turn.
        var outbox = Get<IOutbox>();
        var chat = TranscriptHarness.PersonalChat(TranscriptHarness.Requester);
        var notice = Reply.Say("approved") with { IdempotencyKey = "approval:AI-0001" };
        var first = outbox.Enqueue(chat, [notice], "turn-1", newPrefix: true);

        // Act: another turn (a new prefix) queues the same notice and a reply of its own.
        var second = outbox.Enqueue(chat, [notice, Reply.Say("done")], "turn-2", newPrefix: true);

        // Assert: the own-key notice once; the prefix-keyed reply is queued.
        Assert.Equal(1, first.Queued);
        Assert.Equal(1, second.Queued);
        Assert.Equal(2, Get<IOutboxStore>().Count(OutboxState.Pending));
    }

    [Fact]
    public void A_Reply_Backing_Off_Holds_Back_The_Later_Replies_Of_Its_Conversation_Only()
    {
        // Arrange
        var outbox = Get<IOutbox>();
        var store = Get<IOutboxStore>();
        var now = Chat.Time.GetUtcNow().UtcDateTime;
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.Requester), [Reply.Say("one"), Reply.Say("two")], "turn-1");
        outbox.Enqueue(TranscriptHarness.PersonalChat(TranscriptHarness.CommitteeMember), [Reply.Say("other")], "turn-2");
        var first = store.Due(now, 10);
        var one = first.Single(x => DeliveryJson.ReadReply(x.Reply).Text == "one");
        one.Attempts = 1;
        one.NextAttemptAt = now.AddMinutes(1);
        store.Save([one]);

        // Act
        var whileBackingOff = store.Due(now.AddSeconds(1), 10);
        foreach (var item in whileBackingOff)
        {
            item.State = OutboxState.Sent;
            item.SentAt = now;
            item.NextAttemptAt = null;
        }

        store.Save(whileBackingOff);
        var afterBackoff = store.Due(now.AddMinutes(2), 10);

        // Assert
        Assert.Equal(["other"], whileBackingOff.Select(x => DeliveryJson.ReadReply(x.Reply).Text));
        Assert.Equal("one", DeliveryJson.ReadReply(afterBackoff[0].Reply).Text);
        Assert.DoesNotContain("other", afterBackoff.Select(x => DeliveryJson.ReadReply(x.Reply).Text));
    }
}
