namespace AimsBot.Core.Storage;

/// <summary>A record of an <see cref="IRecordStore{T}"/>: its key and when it was written (UTC).</summary>
public interface IStoredRecord
{
    string Id { get; }

    DateTime CreatedAt { get; }
}
