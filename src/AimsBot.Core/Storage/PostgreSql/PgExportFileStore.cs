using AimsBot.Core.Governance.Exports;

namespace AimsBot.Core.Storage.PostgreSql;

/// <summary>Export files: the record in <c>documents</c>, the bytes in <c>export_contents</c>; a link works from whichever instance the download reaches.</summary>
public sealed class PgExportFileStore(PgDatabase database) : IExportFileStore
{
    private readonly PgDocuments<ExportFile> _files = new(database, PgCollections.ExportFiles, x => x.Id);

    public void Save(ExportFile file, Stream content, DateTime now) => database.InTransaction(() =>
    {
        foreach (var old in _files.Where("(data->>'ExpiresAt')::timestamptz < $2", null, now))
        {
            database.Execute("DELETE FROM export_contents WHERE id = $1", old.Id);
            _files.Delete(old.Id);
        }

        database.Execute("INSERT INTO export_contents (id, content) VALUES ($1, $2)", file.Id, PgDatabase.Bytes(content));
        _files.Insert(file);
        return 0;
    });

    /// <summary>The delete decides which of two concurrent takes (on any instances) gets the file.</summary>
    public ExportFile? Take(string id) => database.InTransaction(() =>
    {
        var file = database.Query(
            "DELETE FROM documents WHERE collection = $1 AND id = $2 RETURNING data::text",
            r => PgJson.Read<ExportFile>(r.GetString(0)),
            PgCollections.ExportFiles,
            id).FirstOrDefault();
        file?.Content = database.Query("DELETE FROM export_contents WHERE id = $1 RETURNING content", r => (byte[])r[0], id).FirstOrDefault() ?? [];
        return file;
    });

    public ExportFile? Find(string id)
    {
        var file = _files.Find(id);
        if (file is null)
        {
            return null;
        }

        file.Content = database.Query("SELECT content FROM export_contents WHERE id = $1", r => (byte[])r[0], id).FirstOrDefault() ?? [];
        return file;
    }
}
