using AimsBot.Core.Governance.Exports;
using LiteDB;

namespace AimsBot.Core.Storage.LiteDb;

/// <summary>Export files: the record in a collection, the bytes in LiteDB file storage (chunked, so large inventories fit).</summary>
public sealed class LiteDbExportFileStore(AimsDatabase database) : IExportFileStore
{
    private ILiteCollection<ExportFile> Files => database.Collection<ExportFile>(ControlCollections.ExportFiles);

    private ILiteStorage<string> Contents => database.Database.GetStorage<string>(ControlCollections.ExportFiles + "_files", ControlCollections.ExportFiles + "_chunks");

    public void Save(ExportFile file, Stream content, DateTime now) => database.InTransaction(() =>
    {
        foreach (var old in Files.Find(x => x.ExpiresAt < now).ToList())
        {
            Contents.Delete(old.Id);
            Files.Delete(old.Id);
        }

        Contents.Upload(file.Id, file.FileName, content);
        return Files.Insert(file);
    });

    public ExportFile? Take(string id) => database.InTransaction(() =>
    {
        var file = Find(id);
        if (file is not null)
        {
            Contents.Delete(file.Id);
            Files.Delete(file.Id);
        }

        return file;
    });

    public ExportFile? Find(string id)
    {
        var file = Files.FindById(id);
        if (file is null)
        {
            return null;
        }

        using var content = new MemoryStream(checked((int)file.Length));
        Contents.Download(file.Id, content);
        file.Content = content.ToArray();
        return file;
    }
}
