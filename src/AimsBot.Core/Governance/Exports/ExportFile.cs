namespace AimsBot.Core.Governance.Exports;

/// <summary>
/// A produced export kept for download until it expires; found by the hash of its token. The bytes
/// are kept beside it by the store (<see cref="IExportFileStore"/>); <see cref="Content"/> is filled on read.
/// </summary>
public sealed class ExportFile
{
    /// <summary>SHA-256 of the URL token (hex): the token itself is never stored.</summary>
    public string Id { get; set; } = "";

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public byte[] Content { get; set; } = [];

    public string CreatedByKey { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }
}
