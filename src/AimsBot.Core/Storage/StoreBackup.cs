namespace AimsBot.Core.Storage;

/// <summary>A finished backup: where it is, the files copied, and how many records the copies were checked to hold.</summary>
public sealed record StoreBackup(string Folder, IReadOnlyList<BackedUpFile> Files, DateTimeOffset At)
{
    /// <summary>One line per file, for the command line and the chat reply.</summary>
    public string Describe() =>
        string.Join("\n", Files.Select(x => FormattableString.Invariant($"{x.Path} ({x.Bytes:N0} bytes; documents read back from the copy: {x.Documents:N0})")));
}

