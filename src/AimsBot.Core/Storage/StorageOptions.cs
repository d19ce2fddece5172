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
}
