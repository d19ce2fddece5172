using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Core.Governance;
using AimsBot.Core.Governance.Approvals;
using AimsBot.Core.Governance.Attestations;
using AimsBot.Core.Governance.Audits;
using AimsBot.Core.Governance.Controls;
using AimsBot.Core.Governance.Impact;
using AimsBot.Core.Governance.Exports;
using AimsBot.Core.Governance.Risks;
using AimsBot.Core.Governance.Roadmap;
using AimsBot.Core.Governance.Roles;
using AimsBot.Core.Governance.Soa;
using AimsBot.Core.Scheduling;
using AimsBot.Core.Storage.PostgreSql;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// Copies a LiteDB installation (the main file and its inbox file) into a PostgreSQL database, one
/// collection per transaction. Only what is missing is inserted (nothing in PostgreSQL is
/// overwritten), so it can be run again after an interruption, or again just before the switch to
/// pick up what changed since. Afterwards it checks, collection by collection, that every LiteDB
/// record is in PostgreSQL. Record stores an edge keeps for itself (open Slack forms) are not copied:
/// they are short-lived.
/// </summary>
public sealed class PostgreSqlMigration(AimsDatabase source, InboxDatabase? inbox, PgDatabase target)
{
    /// <summary>Runs the copy and the check; one line per collection.</summary>
    public IReadOnlyList<MigrationCount> Run()
    {
        var counts = new List<MigrationCount>
        {
            Documents<AiSystem>(CollectionNames.AiSystems, x => x.Id),
            Documents<DialogState>(CollectionNames.DialogState, x => x.Id),
            Documents<ConversationRecord>(CollectionNames.Conversations, x => x.Id),
            Documents<UserRecord>(CollectionNames.Users, x => x.Id),
            Documents<CardActionRecord>(CollectionNames.CardActions, x => x.Id),
            Documents<ControlRecord>(ControlCollections.Controls, x => x.Id),
            Documents<Risk>(RiskCollections.Risks, x => x.Id),
            Documents<ImpactAssessment>(RiskCollections.Impacts, x => x.Id),
            Documents<LedgerEntry>(SchedulingCollections.Ledger, x => x.Id),
            Documents<UserSettings>(SchedulingCollections.UserSettings, x => x.Id),
            Documents<UnreachablePerson>(SchedulingCollections.Unreachable, x => x.Id),
            Documents<ApprovalRequest>(LiteDbApprovalStore.CollectionName, x => x.Id),
            Documents<RoleMember>(LiteDbRoleStore.Collection, x => x.Id),
            Documents<SoaSubmission>(LiteDbSoaSubmissionStore.Collection, x => x.Id),
            Documents<AuditEvent>(LiteDbAuditProgrammeStore.EventsCollection, x => x.Id),
            Documents<Finding>(LiteDbAuditProgrammeStore.FindingsCollection, x => x.Id),
            Documents<RoadmapRecord>(RoadmapRecord.Collection, x => x.Id),
            Documents<SoaVersion>(LiteDbSoaVersionStore.Collection, x => x.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Numbered<AuditEntry>(CollectionNames.Audit, x => x.Id),
            Numbered<EvidenceItem>(ControlCollections.Evidence, x => x.Id),
            Numbered<AttestationRecord>(SchedulingCollections.Attestations, x => x.Id),
            Counters(),
            ExportFiles(),
            ProcessedTurns(),
            Outbox(),
            Inbox(),
        };
        return counts;
    }

    private MigrationCount Documents<T>(string collection, Func<T, string> key)
    {
        var records = source.Collection<T>(collection).FindAll().ToList();
        var documents = new PgDocuments<T>(target, collection, key);
        var copied = target.InTransaction(() => records.Count(documents.TryInsert));
        var present = Present("SELECT count(*) FROM documents WHERE collection = $2 AND id = ANY($1)", records.Select(key), collection);
        return new MigrationCount(collection, records.Count, copied, present);
    }

    private MigrationCount Numbered<T>(string collection, Func<T, long> id)
    {
        var records = source.Collection<T>(collection).FindAll().ToList();
        var numbered = new PgNumbered<T>(target, collection, id, (_, _) => { });
        var copied = target.InTransaction(() =>
        {
            var count = records.Count(numbered.InsertKeepingId);

            // New numbers continue after the copied ones.
            target.Execute("SELECT setval('numbered_ids', greatest((SELECT last_value FROM numbered_ids), (SELECT coalesce(max(id), 1) FROM numbered)))");
            return count;
        });
        var present = Present("SELECT count(*) FROM numbered WHERE collection = $2 AND id = ANY($1)", records.Select(x => id(x).ToString(System.Globalization.CultureInfo.InvariantCulture)), collection, cast: "bigint");
        return new MigrationCount(collection, records.Count, copied, present);
    }

    private MigrationCount Counters()
    {
        var counters = source.Collection<Counter>(CollectionNames.Counters).FindAll().ToList();
        var moved = target.InTransaction(() => counters.Sum(counter => target.Execute(
            "INSERT INTO counters (id, value) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET value = greatest(counters.value, excluded.value) WHERE counters.value < excluded.value",
            counter.Id,
            (long)counter.Value)));
        var present = Present("SELECT count(*) FROM counters WHERE id = ANY($1)", counters.Select(x => x.Id));
        return new MigrationCount(CollectionNames.Counters, counters.Count, moved, present);
    }

    private MigrationCount ExportFiles()
    {
        var store = new LiteDbExportFileStore(source);
        var files = source.Collection<ExportFile>(ControlCollections.ExportFiles).FindAll().Select(x => store.Find(x.Id)).OfType<ExportFile>().ToList();
        var documents = new PgDocuments<ExportFile>(target, ControlCollections.ExportFiles, x => x.Id);
        var copied = target.InTransaction(() => files.Count(file =>
        {
            target.Execute("INSERT INTO export_contents (id, content) VALUES ($1, $2) ON CONFLICT DO NOTHING", file.Id, file.Content);
            return documents.TryInsert(file);
        }));
        var present = Present("SELECT count(*) FROM documents WHERE collection = $2 AND id = ANY($1)", files.Select(x => x.Id), ControlCollections.ExportFiles);
        return new MigrationCount(ControlCollections.ExportFiles, files.Count, copied, present);
    }

    private MigrationCount ProcessedTurns()
    {
        var turns = source.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns).FindAll().ToList();
        var copied = target.InTransaction(() => turns.Sum(turn => target.Execute(
            "INSERT INTO processed_turns (delivery_key, inbox_id, processed_at, error) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
            turn.Id,
            turn.InboxId,
            turn.ProcessedAt,
            turn.Error)));
        var present = Present("SELECT count(*) FROM processed_turns WHERE delivery_key = ANY($1)", turns.Select(x => x.Id));
        return new MigrationCount(CollectionNames.ProcessedTurns, turns.Count, copied, present);
    }

    private MigrationCount Outbox()
    {
        var items = source.Collection<OutboxItem>(CollectionNames.Outbox).FindAll().OrderBy(x => x.Id).ToList();
        var copied = target.InTransaction(() => items.Sum(item => PgOutbox.Insert(target, item)));
        var present = Present("SELECT count(*) FROM outbox WHERE idempotency_key = ANY($1)", items.Select(x => x.IdempotencyKey));
        return new MigrationCount(CollectionNames.Outbox, items.Count, copied, present);
    }

    /// <summary>Turns accepted but not yet run (run ones are in the processed turns): they wait in the PostgreSQL inbox, in order.</summary>
    private MigrationCount Inbox()
    {
        var processed = source.Collection<ProcessedTurn>(CollectionNames.ProcessedTurns);
        var waiting = (inbox?.ReadAll() ?? []).Where(x => processed.FindById(x.DeliveryKey) is null).ToList();
        var before = target.Scalar<int>("SELECT count(*) FROM inbox");
        new PgInboxStore(target).Append(waiting, waiting.Count == 0 ? default : waiting[^1].ReceivedAt);
        var copied = target.Scalar<int>("SELECT count(*) FROM inbox") - before;
        var present = Present("SELECT count(*) FROM inbox WHERE delivery_key = ANY($1)", waiting.Select(x => x.DeliveryKey));
        return new MigrationCount("inbox (waiting)", waiting.Count, copied, present);
    }

    private int Present(string sql, IEnumerable<string> ids, string? collection = null, string cast = "text")
    {
        var keys = ids.ToArray();
        if (cast == "bigint")
        {
            var numbers = keys.Select(x => long.Parse(x, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            return collection is null ? target.Scalar<int>(sql, numbers) : target.Scalar<int>(sql, numbers, collection);
        }

        return collection is null ? target.Scalar<int>(sql, (object)keys) : target.Scalar<int>(sql, keys, collection);
    }
}
