namespace AimsBot.Core.Storage;

/// <summary>One copied file, with the number of documents read back from the copy.</summary>
public sealed record BackedUpFile(string Path, long Bytes, long Documents);
