using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Manifests;

/// <summary>
/// The Teams app package in <c>manifests/teams/</c>: the manifest passes the official schema bundled in
/// npm @microsoft/app-manifest, keeps the per-version limits, the icons have the sizes and transparency
/// Teams requires, and package.sh builds a zip with the ids substituted.
/// </summary>
public sealed partial class TeamsManifestTests
{
    private const string Placeholder = "00000000-0000-0000-0000-000000000000";

    private static string TeamsDirectory => Path.Combine(RepositoryPaths.Manifests, "teams");

    private static JsonObject LoadManifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(TeamsDirectory, "manifest.json")))!.AsObject();

    [Fact]
    public async Task Manifest_Is_Valid_Against_The_Official_Schema()
    {
        // Act
        var errors = await ValidateAsync(Path.Combine(TeamsDirectory, "manifest.json"));

        // Assert
        Assert.Empty(errors);
    }

    [Fact]
    public void Manifest_Declares_A_Bot_In_Every_Scope_With_The_Commands()
    {
        // Arrange
        var manifest = LoadManifest();
        var version = Version.Parse(manifest["manifestVersion"]!.GetValue<string>());
        var bot = manifest["bots"]!.AsArray().Single()!.AsObject();
        var lists = bot["commandLists"]!.AsArray().Select(l => l!.AsObject()).ToList();
        var commands = lists.SelectMany(l => l["commands"]!.AsArray()).Select(c => c!["title"]!.GetValue<string>()).ToList();

        // Assert
        Assert.True(version >= new Version(1, 19), "manifestVersion must be 1.19 or newer");
        Assert.Equal(manifest["$schema"]!.GetValue<string>(), $"https://developer.microsoft.com/en-us/json-schemas/teams/v{manifest["manifestVersion"]}/MicrosoftTeams.schema.json");
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(Placeholder, manifest["id"]!.GetValue<string>());
        Assert.Equal(Placeholder, bot["botId"]!.GetValue<string>());
        Assert.True(lists.Count <= 3);
        foreach (var list in lists)
        {
            var items = list["commands"]!.AsArray();
            Assert.True(items.Count <= (version >= new Version(1, 24) ? 12 : 10), "too many commands for this manifest version");
            Assert.All(items, c => Assert.InRange(c!["title"]!.GetValue<string>().Length, 1, version >= new Version(1, 24) ? 128 : 32));
        }

        Assert.Subset(commands.ToHashSet(StringComparer.Ordinal), new HashSet<string>(["help", "register", "systems", "system"], StringComparer.Ordinal));
        Assert.InRange(manifest["name"]!["short"]!.GetValue<string>().Length, 1, 30);
        Assert.InRange(manifest["description"]!["short"]!.GetValue<string>().Length, 1, 80);
        Assert.InRange(manifest["description"]!["full"]!.GetValue<string>().Length, 1, 4000);
    }

    [Fact]
    public void Color_Icon_Is_192_Pixels_Full_Colour_And_Opaque()
    {
        // Act
        var icon = PngImage.Read(Path.Combine(TeamsDirectory, "color.png"));

        // Assert
        Assert.Equal((192, 192), (icon.Width, icon.Height));
        var pixels = Enumerable.Range(0, 192 * 192).Select(i => icon.Pixel(i % 192, i / 192)).ToList();
        Assert.All(pixels, p => Assert.Equal(255, p.A));
        Assert.Contains(pixels, p => p.R != p.G || p.G != p.B);
    }

    [Fact]
    public void Outline_Icon_Is_32_Pixels_White_On_Transparent()
    {
        // Act
        var icon = PngImage.Read(Path.Combine(TeamsDirectory, "outline.png"));

        // Assert
        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.Equal(6, icon.ColorType);
        var pixels = Enumerable.Range(0, 32 * 32).Select(i => icon.Pixel(i % 32, i / 32)).ToList();
        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(31, 31).A);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Contains(pixels, p => p.A == 0);
    }

    [Fact]
    public async Task Package_Script_Zips_Manifest_And_Icons_With_The_Ids_Substituted()
    {
        // Arrange
        var output = Path.Combine(Directory.CreateTempSubdirectory("aimsbot-teams-").FullName, "app.zip");
        const string botId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        const string appId = "7d444840-9dc0-11d1-b245-5ffdce74fad2";

        // Act
        var (exitCode, error) = await RunPackageAsync(output, ("MICROSOFT_APP_ID", botId), ("TEAMS_APP_ID", appId), ("AIMSBOT_WEBSITE_URL", "https://governance.contoso.com/aims/"));

        // Assert
        Assert.True(exitCode == 0, error);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        var extracted = Path.Combine(Path.GetDirectoryName(output)!, "manifest.json");
        zip.GetEntry("manifest.json")!.ExtractToFile(extracted);
        var manifest = JsonNode.Parse(File.ReadAllText(extracted))!;
        Assert.Equal(appId, manifest["id"]!.GetValue<string>());
        Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal("https://governance.contoso.com/aims/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Empty(await ValidateAsync(extracted));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-guid")]
    [InlineData(Placeholder)]
    public async Task Package_Script_Refuses_A_Missing_Or_Placeholder_App_Id(string appId)
    {
        // Arrange
        var output = Path.Combine(Directory.CreateTempSubdirectory("aimsbot-teams-").FullName, "app.zip");

        // Act
        var (exitCode, error) = await RunPackageAsync(output, ("MICROSOFT_APP_ID", appId));

        // Assert
        Assert.Equal(2, exitCode);
        Assert.Contains("MICROSOFT_APP_ID", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Readme_Explains_Replacing_The_Placeholder_Id()
    {
        // Act
        var readme = File.ReadAllText(Path.Combine(TeamsDirectory, "README.md"));

        // Assert
        Assert.Contains(Placeholder, readme, StringComparison.Ordinal);
        Assert.Matches(PackageCommand(), readme);
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(string manifestPath)
    {
        var (exitCode, output, error) = await NodeTool.RunAsync("validate-teams-manifest.js", null, manifestPath);
        Assert.True(exitCode == 0, error);
        var result = JsonNode.Parse(output)!.AsArray().Single()!;
        return [.. result["errors"]!.AsArray().Select(e => e!.GetValue<string>())];
    }

    private static async Task<(int ExitCode, string Error)> RunPackageAsync(string output, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(TeamsDirectory, "package.sh"));
        start.ArgumentList.Add(output);
        foreach (var name in new[] { "MICROSOFT_APP_ID", "TEAMS_APP_ID", "AIMSBOT_WEBSITE_URL" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        _ = await stdout;
        return (process.ExitCode, await stderr);
    }

    [GeneratedRegex(@"MICROSOFT_APP_ID=.*package\.sh")]
    private static partial Regex PackageCommand();
}
