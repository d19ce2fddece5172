using AimsBot.Core.Storage;

namespace AimsBot.Tests.Core.Storage;

/// <summary>A record for the <see cref="IRecordStore{T}"/> contract.</summary>
public sealed class ContractRecord : IStoredRecord
{
    public string Id { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public string Text { get; set; } = "";
}
