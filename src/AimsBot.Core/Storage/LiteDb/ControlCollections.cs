namespace AimsBot.Core.Storage.LiteDb;

/// <summary>The LiteDB collections of the controls area.</summary>
public static class ControlCollections
{
    public const string Controls = "controls";
    public const string Evidence = "evidence";
    public const string ExportFiles = "export_files";
}
