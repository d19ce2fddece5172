using System.Diagnostics;
using System.Text.Json.Nodes;
using AimsBot.Core.Cards;
using AimsBot.Tests.Infrastructure;

namespace AimsBot.Tests.Slack;

/// <summary>
/// The production templates, except that while <see cref="TemplateBinder"/> still returns unbound
/// templates (it is being written on another branch) a card is bound by the reference engine
/// (npm adaptivecards-templating, the binder's oracle). Once the C# binder binds, this changes nothing.
/// </summary>
public sealed class ReferenceBoundCardTemplates(ICardTemplates inner) : ICardTemplates
{
    public IReadOnlyCollection<string> TemplateIds => inner.TemplateIds;

    public JsonObject Render(string templateId, JsonObject data)
    {
        var bound = inner.Render(templateId, data);
        if (!bound.ToJsonString().Contains("${", StringComparison.Ordinal))
        {
            return bound;
        }

        var template = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Cards, templateId + ".json")))!;
        var input = new JsonObject { ["template"] = template, ["data"] = data.DeepClone() }.ToJsonString();
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NodeTool.Directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(NodeTool.Directory, "slack-bind-samples.js"));
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0
            ? JsonNode.Parse(output)!.AsObject()
            : throw new InvalidOperationException("Reference binding failed: " + error);
    }
}
