namespace AimsBot.Core.Governance.Exports;

/// <summary>Produced export files and their bytes, kept until they expire.</summary>
public interface IExportFileStore
{
    /// <summary>
    /// Stores the file with its content (read from <paramref name="content"/>'s position to its end), removing files that
    /// expired before <paramref name="now"/>, in one transaction.
    /// </summary>
    void Save(ExportFile file, Stream content, DateTime now);

    /// <summary>The file with this id, its <see cref="ExportFile.Content"/> filled; null when unknown.</summary>
    ExportFile? Find(string id);

    /// <summary>Like <see cref="Find"/>, and removes the file in the same transaction (a single-use link): two takes get it once.</summary>
    ExportFile? Take(string id);
}
