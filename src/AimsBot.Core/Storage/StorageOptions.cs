using System.ComponentModel.DataAnnotations;

namespace AimsBot.Core.Storage;

/// <summary>Where the embedded LiteDB file lives.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Path of the LiteDB file; a relative path is relative to the directory the bot was started in.</summary>
    [Required]
    [MinLength(1)]
    public string Path { get; set; } = "data/aimsbot.db";

    /// <summary>
    /// Log pages LiteDB collects before it copies them into the data file (a checkpoint pauses
    /// writers). Larger means rarer pauses and a larger <c>-log</c> file; LiteDB's default is 1,000.
    /// </summary>
    [Range(100, 1_000_000)]
    public int CheckpointPages { get; set; } = 1000;
}
