using AimsBot.Core.Storage;

namespace AimsBot.Tests.Core.Storage;

/// <summary>The people and queue store contract on LiteDB.</summary>
public sealed class LiteDbPeopleAndQueueStoreTests() : PeopleAndQueueStoreContract(StorageProvider.LiteDb);
