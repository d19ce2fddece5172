using AimsBot.Core.Conversations;
using AimsBot.Core.Delivery;
using AimsBot.Processing;
using AimsBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AimsBot.Tests.Core.Storage.Shared;

/// <summary>Two bot "instances" (two full compositions) on one PostgreSQL schema, as two hosts behind a load balancer.</summary>
internal sealed class SharedInstances : IDisposable
{
    private SharedInstances(PostgresTestDatabase database)
    {
        Database = database;
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSql",
            ["ConnectionStrings:AimsBot"] = database.ConnectionString,
        };
        First = new TranscriptHarness(settings);
        Second = new TranscriptHarness(settings);
    }

    public PostgresTestDatabase Database { get; }

    public TranscriptHarness First { get; }

    public TranscriptHarness Second { get; }

    public static SharedInstances CreateOrSkip() => new(PostgresTestDatabase.CreateOrSkip());

    /// <summary>The host's shared-inbox processor over one instance's stores, driven by hand.</summary>
    public static SharedTurnProcessor Processor(TranscriptHarness instance) => ActivatorUtilities.CreateInstance<SharedTurnProcessor>(instance.Services);

    /// <summary>A stored turn in <paramref name="conversation"/> (personal chat of that user id), with its delivery key.</summary>
    public static InboxItem Turn(string conversation, int sequence)
    {
        var user = TranscriptHarness.Person(conversation, "Person " + conversation);
        var turn = new IncomingTurn(conversation + "-" + sequence, TurnKind.Message, TranscriptHarness.PersonalChat(user), user, DateTimeOffset.UnixEpoch) { Text = "help" };
        return new InboxItem { DeliveryKey = InboxWriter.DeliveryKey(turn), Turn = DeliveryJson.Write(turn) };
    }

    public void Dispose()
    {
        First.Dispose();
        Second.Dispose();
        Database.Dispose();
    }
}
