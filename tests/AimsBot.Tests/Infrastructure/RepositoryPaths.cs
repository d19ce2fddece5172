namespace AimsBot.Tests.Infrastructure;

/// <summary>Paths into the source tree (cards, manifests, sample settings).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Cards => Path.Combine(Root, "cards");

    public static string Manifests => Path.Combine(Root, "manifests");

    /// <summary>The reference data beside the repository (<c>../shared/data</c>), read-only: the truth the catalogue is checked against.</summary>
    public static string ReferenceData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AimsBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new DirectoryNotFoundException("AimsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
