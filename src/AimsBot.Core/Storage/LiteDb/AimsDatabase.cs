using AimsBot.Core.Governance.Exports;
using LiteDB;
using LiteDB.Engine;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>
/// The one LiteDB database of the process: opened once from a validated path with a dedicated
/// mapper, indexes ensured at start. Stores take it and use their own collections.
/// </summary>
public sealed class AimsDatabase : IUnitOfWork, IDisposable
{
    private readonly SerializedLiteEngine _engine;

    /// <summary>
    /// Opens (or creates) the file at <paramref name="path"/>. A file whose content cannot be read raises
    /// <see cref="StoreDamagedException"/> naming it (<paramref name="inbox"/>: the inbox file, whose way
    /// to recover differs).
    /// </summary>
    public AimsDatabase(string path, IEnumerable<IStoreSchema> schemas, bool inbox = false)
    {
        FilePath = System.IO.Path.GetFullPath(path);
        if (LiteDbFile.HeaderProblem(FilePath) is { } problem)
        {
            throw LiteDbFile.Damaged(FilePath, inbox, problem);
        }

        LiteDatabase? opened = null;
        try
        {
            // LiteDB refuses to open a file whose collation differs from the one asked for: ask only for a new file's.
            var exists = System.IO.File.Exists(FilePath) && new FileInfo(FilePath).Length > 0;
            (opened, _engine) = Open(new EngineSettings { Filename = FilePath, Collation = exists ? null : Collation.Binary });
            foreach (var schema in schemas)
            {
                schema.Ensure(opened);
            }
        }
        catch (Exception ex) when (LiteDbFile.MeansDamaged(ex))
        {
            opened?.Dispose();
            throw LiteDbFile.Damaged(FilePath, inbox, ex.Message, ex);
        }

        Database = opened;
    }

    private AimsDatabase((LiteDatabase Database, SerializedLiteEngine Engine) opened, IEnumerable<IStoreSchema> schemas)
    {
        (Database, _engine) = opened;
        foreach (var schema in schemas)
        {
            schema.Ensure(Database);
        }
    }

    public LiteDatabase Database { get; }

    /// <summary>The file's full path (null for an in-memory database).</summary>
    public string? FilePath { get; }

    /// <summary>How many transactions were rolled back: in-memory caches over the store drop themselves when it moves.</summary>
    public long Rollbacks => Interlocked.Read(ref _rollbacks);

    private long _rollbacks;
    private List<Action>? _afterCommit;

    /// <summary>An in-memory database for tests that do not need a file.</summary>
    public static AimsDatabase InMemory(params IStoreSchema[] schemas) =>
        new(Open(new EngineSettings { DataStream = new MemoryStream(), Collation = Collation.Binary }), [new CoreStoreSchema(), .. schemas]);

    /// <summary>
    /// The engine behind one lock (see <see cref="SerializedLiteEngine"/>), with the dedicated mapper. A new
    /// file gets the binary (ordinal) collation: LiteDB's default compares every index key with the culture's
    /// case-insensitive rules, an eighth of a turn's processing; every key stored here is machine-made or
    /// normalised, as the case-sensitive PostgreSQL store already requires. An existing file keeps its own.
    /// </summary>
    private static (LiteDatabase, SerializedLiteEngine) Open(EngineSettings settings)
    {
        var engine = new SerializedLiteEngine(new LiteEngine(settings));
        return (new LiteDatabase(engine, CreateMapper(), disposeOnClose: true), engine);
    }

    /// <summary>
    /// Runs <paramref name="work"/> while no one else reads or writes this database, after its committed
    /// log pages are copied into the data file: the file on disk then holds every committed change and
    /// nothing more. Waits for transactions open on other threads; never call it inside one.
    /// </summary>
    public T Exclusive<T>(Func<T> work) => _engine.Exclusive(() =>
    {
        Database.Checkpoint();
        return work();
    });

    /// <summary>
    /// The mapper: UTC dates both ways, no trimming, empty strings kept, enums as strings (readable
    /// and stable when members are reordered).
    /// </summary>
    public static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            EmptyStringToNull = false,
            TrimWhitespace = false,
            EnumAsInteger = false,
            SerializeNullValues = false,
            IncludeFields = false,
        };

        // LiteDB stores UTC milliseconds but hands back local time: pin both directions to UTC.
        mapper.RegisterType(
            serialize: value => new BsonValue(value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value, DateTimeKind.Utc) : value.ToUniversalTime()),
            deserialize: bson => bson.AsDateTime.ToUniversalTime());
        mapper.RegisterType(
            serialize: value => new BsonValue(value.UtcDateTime),
            deserialize: bson => new DateTimeOffset(bson.AsDateTime.ToUniversalTime(), TimeSpan.Zero));

        // The bytes of an export live in file storage, not in its document.
        mapper.Entity<ExportFile>().Ignore(x => x.Content);
        return mapper;
    }

    public ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on the calling thread (LiteDB binds a
    /// transaction to its thread, so the work is synchronous by design). Inside a transaction already
    /// open on this thread, the work simply joins it: the outer caller commits.
    /// </summary>
    public T InTransaction<T>(Func<T> work)
    {
        var began = Database.BeginTrans();
        try
        {
            var result = work();
            if (began)
            {
                // Only the thread holding the transaction (and the engine's lock) touches the list.
                var committed = _afterCommit;
                _afterCommit = null;
                Database.Commit();
                committed?.ForEach(action => action());
            }

            return result;
        }
        catch
        {
            if (began)
            {
                _afterCommit = null;
                Database.Rollback();
                Interlocked.Increment(ref _rollbacks);
            }

            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the transaction open on this thread has committed (never if it
    /// rolls back). Call it only inside <see cref="InTransaction{T}"/>.
    /// </summary>
    public void AfterCommit(Action action) => (_afterCommit ??= []).Add(action);

    public void Dispose() => Database.Dispose();
}
