namespace AimsBot.Core.Governance.Exports;

/// <summary>Produced export files and their bytes, kept until they expire.</summary>
public interface IExportFileStore
{
    /// <summary>Stores the file with its content, removing files that expired before <paramref name="now"/>, in one transaction.</summary>
    void Save(ExportFile file, byte[] content, DateTime now);

    /// <summary>The file with this id, its <see cref="ExportFile.Content"/> filled; null when unknown.</summary>
    ExportFile? Find(string id);
}
