namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// Rows read from the store as they are written out, so an export never holds the whole register. The count is
/// known before the first row (the sheet's filter range needs it); the rows can be walked once, and a walk that
/// finds a different number of rows throws rather than write a file whose parts disagree.
/// </summary>
public sealed class StreamedRowCollection(int count, IEnumerable<IReadOnlyList<string>> rows) : IReadOnlyCollection<IReadOnlyList<string>>
{
    private int _walks;

    public int Count { get; } = count;

    public IEnumerator<IReadOnlyList<string>> GetEnumerator()
    {
        if (Interlocked.Increment(ref _walks) > 1)
        {
            throw new InvalidOperationException("Streamed export rows are read once, as the files are written.");
        }

        return Walk();
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerator<IReadOnlyList<string>> Walk()
    {
        var produced = 0;
        foreach (var row in rows)
        {
            if (++produced > Count)
            {
                break;
            }

            yield return row;
        }

        if (produced != Count)
        {
            throw new InvalidOperationException($"The export expected {Count} rows but the store gave {produced}: it changed while it was read.");
        }
    }
}
