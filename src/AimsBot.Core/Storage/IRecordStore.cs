namespace AimsBot.Core.Storage;

/// <summary>
/// A small keyed collection an edge keeps for itself (for example the Slack forms it posted), with
/// old records purged by age. Register one with <c>AddRecordStore&lt;T&gt;(name)</c>.
/// </summary>
public interface IRecordStore<T>
    where T : class, IStoredRecord
{
    /// <summary>Inserts or replaces the record with its <see cref="IStoredRecord.Id"/>.</summary>
    void Upsert(T record);

    T? Find(string id);

    /// <summary>Deletes records created before <paramref name="cutoff"/>; returns how many.</summary>
    int PurgeBefore(DateTime cutoff);
}
